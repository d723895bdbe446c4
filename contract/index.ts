// The API's request and response schemas, shared by api/ and its clients (bot/, the console, the
// mini-program). Nothing here does I/O.
export * from "./applications.ts";
export * from "./notifications.ts";
export * from "./responses.ts";
export * from "./wecom-robot.ts";
export * from "./inert-text.ts";
export * from "./labels.ts";
export * from "./wechat-api.ts";
