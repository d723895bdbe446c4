// The chat commands are one table: every phrase of every row is read as that row where the row is
// heard, not elsewhere; 「帮助」 is made from the rows' help lines, so a new row shows up in both.

import { describe, expect, it } from "vitest";
import { COMMANDS, HELP, readCommand } from "../../bot/core/commands.ts";
import { handleMessage, startConversation, type DialogState } from "../../bot/dialog.ts";
import type { Mode } from "../../bot/core/state.ts";

const now = new Date("2026-06-01T02:00:00Z");
const MODES: Mode[] = ["menu", "assess", "results", "apply", "confirm", "submitting"];

/** A state in `mode`, with a repeat filing pending so every row has somewhere it is heard. */
function inMode(mode: Mode): DialogState {
  return {
    ...startConversation({ now }),
    mode,
    duplicateOf: { numbers: ["ZB-2026-0001"], confirmed: false },
  };
}

describe("the command table", () => {
  it.each(COMMANDS.flatMap((row, i) => (row.says ?? []).map((p) => [p, i] as const)))(
    "reads 「%s」 as row %i wherever that row is heard",
    (phrase, i) => {
      const heard = MODES.map(inMode).filter((s) => !COMMANDS[i]!.where || COMMANDS[i]!.where!(s));
      expect(heard.length).toBeGreaterThan(0);
      for (const s of heard) expect(readCommand(phrase, s)?.row).toBe(COMMANDS[i]);
      expect(readCommand(`${phrase}。`, heard[0]!)?.row).toBe(COMMANDS[i]);
    },
  );

  it("does not take a row's phrase where the row is not heard", () => {
    expect(readCommand("确认", inMode("menu"))).toBeNull();
    expect(readCommand("仍然提交", { ...inMode("confirm"), duplicateOf: null })).toBeNull();
    expect(readCommand("1", inMode("assess"))).toBeNull();
    expect(readCommand("1", inMode("menu"))).not.toBeNull();
  });

  it("reads commands with a part to read: 「原文 第五条」「详情 2」「修改 零售额 9000万」", () => {
    const s = inMode("results");
    expect(readCommand("原文 第五条", s)?.match?.[1]).toBe("五");
    expect(readCommand("详情 2", s)?.match?.[1]).toBe("2");
    expect(readCommand("修改 零售额 9000万", s)?.match?.[1]).toBe("零售额 9000万");
  });

  it("makes 「帮助」 from every row's help line, in the table's order", () => {
    const lines = COMMANDS.flatMap((r) => (r.help ? [r.help] : []));
    expect(lines.length).toBeGreaterThanOrEqual(9);
    const shown = handleMessage(startConversation({ now }), "帮助", { now }).replies.join("\n");
    expect(shown).toBe(HELP);
    let at = -1;
    for (const line of lines) {
      const i = shown.indexOf(line);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
  });

  it("treats a sentence that begins with a greeting as more than a greeting", () => {
    expect(readCommand("你好", inMode("menu"))).not.toBeNull();
    expect(readCommand("你好，我们村去年卖了1500万", inMode("menu"))).toBeNull();
  });
});
