// One of the person's applications: its number (a tap copies it), status, the items applied for,
// when it was filed, and each decision of the commerce bureau with its note and approved amount. While
// it is still open, a button opens its materials; a 「补材料」 request shows what was asked, first.

Component({
  properties: {
    /** ApplicationCardView (utils/applications.ts). */
    item: { type: Object, value: {} },
  },
  methods: {
    onCopy() {
      const number = (this.data.item as { number?: unknown }).number;
      if (typeof number === "string" && number !== "") this.triggerEvent("copy", { number });
    },
    onUpload() {
      const id = (this.data.item as { id?: unknown }).id;
      if (typeof id === "string" && id !== "") this.triggerEvent("upload", { id });
    },
  },
});
