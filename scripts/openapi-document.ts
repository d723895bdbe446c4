// Prints the API's OpenAPI document as the running server would serve it, made in-process from the
// routes' declarations (no database is opened: building the routes touches none). The console's
// build turns it into the typed client's types (scripts/build-console.mjs).

import { apiRoutes } from "../api/routes.ts";
import { createServices } from "../api/services.ts";
import type { Context } from "koa";

const clock = () => new Date();
const routes = apiRoutes(createServices({ db: { prisma: {} as never }, clock }), { clock });
const self = routes.find((r) => r.path === "/openapi.json");
if (!self) throw new Error("/openapi.json is not among the routes");
const ctx = { set() {}, type: "", body: "" } as unknown as Context;
await self.handle(ctx, {} as never);
process.stdout.write(String(ctx.body));
