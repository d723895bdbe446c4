// A turn reads one message several times (its facts, a correction's other figures, a question about it), each
// time with the same words: within a turn each reading is done once, and each caller gets its own copy to change.
// What is remembered is forgotten when the next turn begins, so no turn is ever faster for an earlier one.

const ALL: Map<string, unknown>[] = [];

/** Forgets every remembered reading: called as a turn begins. */
export function newTurn(): void {
  for (const last of ALL) last.clear();
}

/** `read`, remembering its results in this turn by `key` (at most `kept`); `copy` gives each caller its own. */
export function remembered<A extends unknown[], R>(
  read: (...args: A) => R,
  key: (...args: A) => string,
  copy: (r: R) => R,
  kept = 64,
): (...args: A) => R {
  const last = new Map<string, R>();
  ALL.push(last);
  return (...args: A) => {
    const k = key(...args);
    let r = last.get(k);
    if (r === undefined) {
      r = read(...args);
      // A long run of readings outside any turn (a script scoring a set) keeps only the latest few.
      if (last.size >= kept) last.clear();
      last.set(k, r);
    }
    return copy(r);
  };
}
