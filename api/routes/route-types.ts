// Service types the routes depend on (kept apart so routes import no implementation).
export type { FeedService } from "../services/feed.ts";
export type BudgetService = ReturnType<typeof import("../services/budget.ts").createBudgetService>;
export type ExportService = ReturnType<typeof import("../services/export.ts").createExportService>;
