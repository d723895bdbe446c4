// One item of a self-test's results: its name and article, the status, what it may give, why, what
// is still needed, and — on a tap — the sentence of the policy it rests on.

Component({
  properties: {
    /** ResultView (utils/results.ts). */
    item: { type: Object, value: {} },
  },
  data: {
    expanded: false,
  },
  methods: {
    onToggle() {
      this.setData({ expanded: !this.data.expanded });
    },
  },
});
