// npm run chat: the terminal shell of the conversation core (bot/terminal/chat.ts).

await import("../bot/terminal/chat.ts");
