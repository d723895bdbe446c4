// The conversation core's entry point (contract §7): the pure reducer lives in bot/core/; shells and
// other programs import it from here.

export * from "./core/dialog.ts";
