// The chat's bubbles (the bot on the left, the person on the right) and, under the bot's last
// reply, the buttons of the current question. A tap on a button sends its text: the component
// emits `choose` with `{ text }`, and the page sends it as if typed.

Component({
  properties: {
    /** ChatMessage[]: { id, from: "bot" | "user", text }. */
    messages: { type: Array, value: [] },
    /** Choice[]: { label, text }. */
    choices: { type: Array, value: [] },
    /** A message is on its way: the buttons wait. */
    busy: { type: Boolean, value: false },
  },
  methods: {
    onChoice(e: WechatMiniprogram.TouchEvent) {
      if (this.data.busy) return;
      const text = e.currentTarget.dataset["text"];
      if (typeof text === "string" && text !== "") this.triggerEvent("choose", { text });
    },
  },
});
