// Structured logs (pino), for every process (the API, the bot, the terminal). Authorization headers and phone numbers never reach a log line.

import pino, { type Logger } from "pino";

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "zibo-ecommerce-api" },
      redact: {
        paths: [
          "req.headers.authorization",
          "authorization",
          "*.contactPhone",
          "*.*.contactPhone",
          "token",
          "*.token",
        ],
        censor: "[已隐去]",
      },
    },
    destination,
  );
}

export type { Logger };
