// One of the person's applications: its number (a tap copies it), status, the items applied for,
// when it was filed, and each decision of the commerce bureau with its note and approved amount.

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
  },
});
