// The queue's sort on a header click: a column newly chosen starts in its natural direction (the
// district and the state ascending, the pending oldest first, amounts largest first); the same column
// takes the table's direction; the third click goes back to the default.

import { describe, expect, it } from "vitest";
import { firstDirection, sortAfterClick } from "../../web/console/src/queue-sort.ts";

describe("the queue's sort on a header click", () => {
  it("starts the district ascending whatever direction the table carried over", () => {
    expect(sortAfterClick("submittedAt", "district", "descending", true)).toEqual({
      sort: "district",
      order: "asc",
    });
    expect(sortAfterClick("submittedAt", "district", "ascending", false)).toEqual({
      sort: "district",
      order: "asc",
    });
  });

  it("turns the same column round, and goes back to the default on the third click", () => {
    expect(sortAfterClick("district", "district", "descending", true)).toEqual({
      sort: "district",
      order: "desc",
    });
    expect(sortAfterClick("district", "district", "ascending", true)).toEqual({
      sort: "district",
      order: "asc",
    });
    expect(sortAfterClick("district", "district", null, true)).toEqual({ sort: null, order: null });
  });

  it("starts the date oldest first while waiting, newest first once decided, and amounts largest first", () => {
    expect(firstDirection("submittedAt", true)).toBe("asc");
    expect(firstDirection("submittedAt", false)).toBe("desc");
    expect(firstDirection("amount", true)).toBe("desc");
    expect(firstDirection("status", false)).toBe("asc");
  });
});
