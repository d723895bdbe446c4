// The API's services, built once from the database and settings and handed to createApp (tests
// hand it fakes or a fresh database the same way).

import type { AssessOptions } from "../../rules/index.ts";
import type { Database } from "../db/database.ts";
import { createApplicationService, type ApplicationService } from "./applications.ts";
import { createAudit, type Audit } from "./audit.ts";
import { createBudgetService } from "./budget.ts";
import { createExportService } from "./export.ts";
import { createFeedService, type FeedService } from "./feed.ts";
import { createMaterialService, type MaterialService } from "./materials.ts";
import type { NotifyTargets } from "./notifications.ts";
import { createStaffAccounts, type StaffAccounts } from "./staff-accounts.ts";
import { createStaffSessions, type SessionSettings, type StaffSessions } from "./staff-sessions.ts";

export interface ServiceDeps {
  db: Pick<Database, "prisma">;
  clock: () => Date;
  notify?: NotifyTargets;
  assessOptions?: Omit<AssessOptions, "now">;
  sessions?: Partial<SessionSettings>;
}

export interface Services {
  applications: ApplicationService;
  budget: ReturnType<typeof createBudgetService>;
  exporter: ReturnType<typeof createExportService>;
  feed: FeedService;
  materials: MaterialService;
  audit: Audit;
  staffAccounts: StaffAccounts;
  staffSessions: StaffSessions;
  /** Resolves when the database answers. */
  ping: () => Promise<void>;
}

export function createServices(deps: ServiceDeps): Services {
  const { prisma } = deps.db;
  const feed = createFeedService({ prisma });
  const staffAccounts = createStaffAccounts({ prisma, clock: deps.clock });
  return {
    audit: createAudit({ prisma, clock: deps.clock }),
    staffAccounts,
    staffSessions: createStaffSessions({
      prisma,
      clock: deps.clock,
      accounts: staffAccounts,
      ...(deps.sessions ? { settings: deps.sessions } : {}),
    }),
    applications: createApplicationService({
      prisma,
      clock: deps.clock,
      notify: deps.notify ?? { webhook: false },
      onNotified: feed.wake,
      ...(deps.assessOptions ? { assessOptions: deps.assessOptions } : {}),
    }),
    budget: createBudgetService({
      prisma,
      ...(deps.assessOptions?.parameters ? { parameters: deps.assessOptions.parameters } : {}),
    }),
    exporter: createExportService({ prisma }),
    feed,
    materials: createMaterialService({
      prisma,
      clock: deps.clock,
      notify: deps.notify ?? { webhook: false },
      onNotified: feed.wake,
    }),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
  };
}
