// Session tokens, for the console's cookie and the chat clients' bearer tokens alike: 32 random
// bytes, and the SHA-256 that names the session in the database (the token itself is never stored).

import { createHash, randomBytes } from "node:crypto";

export const newToken = () => randomBytes(32).toString("base64url");

export const tokenDigest = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
