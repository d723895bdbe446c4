// Prisma CLI configuration. The app never uses the CLI at run time: it applies prisma/migrations
// itself (db/migrate.ts) and reaches the database through a driver adapter.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
