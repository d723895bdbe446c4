// A repeat filing through the bot's client: the API's 409 duplicate_application is read as a repeat
// with the earlier number (not a refusal), and the same application sent with confirmDuplicate is filed.

import { describe, expect, it } from "vitest";
import { createApiClient } from "../../bot/shell/api-client.ts";
import type { ApplicationDraft } from "../../bot/dialog.ts";
import { application, BOT, useTestApi } from "../support/api.ts";

describe("a repeat filing sent by the bot", () => {
  const ctx = useTestApi();

  it("is answered as a repeat with the earlier number, and filed when confirmed", async () => {
    const client = createApiClient({ baseUrl: ctx.api.url, token: BOT });
    const draft = application() as unknown as ApplicationDraft;
    const first = await client.submit("repeat-1", draft);
    expect(first.kind).toBe("submitted");
    const number = (first as { number: string }).number;

    const second = await client.submit("repeat-2", draft);
    expect(second).toEqual({
      kind: "duplicate",
      numbers: [number],
      message: expect.stringContaining(number),
    });

    const confirmed = await client.submit("repeat-3", { ...draft, confirmDuplicate: true });
    expect(confirmed.kind).toBe("submitted");
    expect((confirmed as { number: string }).number).not.toBe(number);
  });
});
