import { routeSuite } from "./route-suite.ts";

// The same API on the machine's PostgreSQL server, in a fresh schema.
routeSuite("postgres");
