import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The mini-program's folder. */
export const MINIPROGRAM = resolve(dirname(fileURLToPath(import.meta.url)), "../../../miniprogram");
