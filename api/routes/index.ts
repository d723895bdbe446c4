// Every route of the API, by resource. A new resource is a folder beside these with its routes
// declared once (see route.ts) and a line here.

import type { AssessOptions } from "../../rules/index.ts";
import type { Services } from "../services/index.ts";
import { applicationRoutes } from "./applications/index.ts";
import { assessmentRoutes } from "./assessments/index.ts";
import { budgetRoutes } from "./budget/index.ts";
import { healthRoutes } from "./health/index.ts";
import { materialRoutes } from "./materials/index.ts";
import { notificationRoutes } from "./notifications/index.ts";
import { openApiRoutes } from "./openapi/index.ts";
import { pageRoutes } from "./pages/index.ts";
import { consoleRoutes } from "./console/index.ts";
import { policyRoutes } from "./policy/index.ts";
import { sessionRoutes } from "./session/index.ts";
import { staffRoutes } from "./staff/index.ts";
import { auditRoutes } from "./audit/index.ts";
import { chatRoutes } from "./chat/index.ts";
import { conversationRoutes } from "./conversations/index.ts";
import { matchingRoutes } from "./matching/index.ts";
import { meRoutes } from "./me/index.ts";
import { miniprogramRoutes } from "./miniprogram/index.ts";
import type { Route } from "./route.ts";
import { roundRoutes } from "../rounds/routes.ts";

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
