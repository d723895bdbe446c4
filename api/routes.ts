// Every route of the API, by resource. A new resource is a folder beside these with its routes
// declared once (see route.ts) and a line here.

import type { AssessOptions } from "../rules/index.ts";
import type { Services } from "./services.ts";
import { applicationRoutes } from "./applications/routes.ts";
import { assessmentRoutes } from "./policy/assessment-routes.ts";
import { budgetRoutes } from "./review/budget-routes.ts";
import { reviewTableRoutes } from "./review/table-routes.ts";
import { publicationRoutes } from "./review/publication-routes.ts";
import { paymentRoutes } from "./review/payment-routes.ts";
import { progressRoutes } from "./review/progress-routes.ts";
import { healthRoutes } from "./http/health-routes.ts";
import { materialRoutes } from "./materials/routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { openApiRoutes } from "./http/openapi-routes.ts";
import { pageRoutes } from "./http/pages-routes.ts";
import { consoleRoutes } from "./staff/console-routes.ts";
import { policyRoutes } from "./policy/routes.ts";
import { sessionRoutes } from "./staff/session-routes.ts";
import { staffRoutes } from "./staff/routes.ts";
import { auditRoutes } from "./staff/audit-routes.ts";
import { chatRoutes } from "./conversations/chat-routes.ts";
import { conversationRoutes } from "./conversations/routes.ts";
import { matchingRoutes } from "./matching/routes.ts";
import { meRoutes } from "./conversations/me-routes.ts";
import { miniprogramRoutes } from "./conversations/miniprogram-routes.ts";
import type { Route } from "./http/route.ts";
import { roundRoutes } from "./rounds/routes.ts";

export interface RouteOptions {
  clock: () => Date;
  shutdown?: AbortSignal;
  assessOptions?: Omit<AssessOptions, "now">;
  /** Where people open the console: the session cookie is Secure when it is https. */
  publicUrl?: string | undefined;
}

export function apiRoutes(services: Services, opts: RouteOptions): Route[] {
  const routes = [
    ...assessmentRoutes(opts),
    ...policyRoutes(opts),
    ...applicationRoutes(services),
    ...materialRoutes(services),
    ...notificationRoutes(services, opts),
    ...budgetRoutes(services),
    ...reviewTableRoutes(),
    ...publicationRoutes(services, opts),
    ...paymentRoutes(services),
    ...progressRoutes(services),
    ...healthRoutes(services),
    ...sessionRoutes(services, { publicUrl: opts.publicUrl }),
    ...staffRoutes(services),
    ...auditRoutes(services),
    ...miniprogramRoutes(services),
    ...conversationRoutes(services),
    ...meRoutes(services),
    ...chatRoutes(services, opts),
    ...matchingRoutes(services),
    ...roundRoutes(services),
    ...pageRoutes(),
    ...consoleRoutes(),
  ];
  return [...routes, ...openApiRoutes(routes)];
}
