import { routeSuite } from "./route-suite.ts";

// The API on an in-memory embedded PostgreSQL (PGlite).
routeSuite("pglite");
