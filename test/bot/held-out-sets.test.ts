// Sets of everyday messages written by people who had not seen the code, each scored unread first and only
// then allowed here as regressions: no change may lose a message they pass today. (They are no longer held
// out: new hidden sets measure generalisation.) Their history is in the closing notes of issue 21:
// - set 1 (written before the grammar) and set 2 (after it): 43 → 66 → 95 and 40 → 64 → 95, then 98 and 99;
// - set 5 (written before this round of work, scored unread: 84 → 93) and set 6 (written after it, scored
//   unread: 87) — added here only after their last unread score;
// - set 7 (written at the start of the fourth session, scored unread: 89 → 94) and set 8 (written during it,
//   scored unread: 88 on the code before the session, 91 after) — added after their last unread score;
// - dev 4–7, 9–12: development sets, read while the rules were written (the read ones are no measure of
//   generalisation, only of what must not be lost); dev 10 and 11 are mostly corrections, dev 12 long facts. A few cases expect a
//   near-threshold hedge to be written as a range, where issue 21 asks it back — those stay failing on purpose.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreCases } from "../../scripts/score-messages.ts";

const sets: [file: string, floor: number, total: number][] = [
  ["set-1.json", 100, 100],
  ["set-2.json", 100, 100],
  ["set-5.json", 100, 100],
  ["set-6.json", 99, 100],
  ["set-7.json", 99, 100],
  ["set-8.json", 99, 100],
  ["dev-4.json", 96, 100],
  ["dev-5.json", 100, 100],
  ["dev-6.json", 96, 100],
  ["dev-7.json", 100, 100],
  ["dev-9.json", 120, 120],
  ["dev-10.json", 77, 80],
  ["dev-11.json", 48, 50],
  ["dev-12.json", 94, 100],
  ["dev-13.json", 120, 120],
  ["dev-14.json", 100, 100],
  ["dev-15.json", 98, 100],
  ["dev-16.json", 78, 80],
  ["set-11.json", 100, 100],
  ["set-12.json", 96, 100],
  ["set-13.json", 97, 100],
  ["set-15.json", 94, 100],
  ["set-16.json", 99, 100],
  ["set-17.json", 98, 100],
  ["dev-17.json", 95, 100],
  // Eighth round: set 20 scored unread (87 at the round's start, 89 after its first commits), then read; dev 19
  // (people who type least carefully) and dev 20 (enterprises, MCNs, parks, logistics) were read from the start.
  ["set-20.json", 98, 100],
  ["dev-19.json", 99, 100],
  ["dev-20.json", 100, 100],
  // set 22, written after most of the eighth round's work: 87 at the round's start, 88 unread at its end, then read.
  ["set-22.json", 99, 100],
  // set 23, written near the round's end: 92 at its start, 93 unread at its end, then read.
  ["set-23.json", 98, 100],
  // set 24, written after most of the round's work: 87 at its start, 92 unread at its end, then read.
  ["set-24.json", 100, 100],
  // Ninth round: dev 21 (every persona, run-on voice messages; 85 before the round's changes) and dev 22 (which
  // figure is which, corrections naming the old figure, remarks with figures; 87 before) were read from the start.
  ["dev-21.json", 98, 100],
  ["dev-22.json", 100, 100],
  // dev 23 (answers given another way mid-test; 81 when first scored, after the round's first commit) and dev 24
  // (villages and towns typed carelessly; 87 then), read after they were scored.
  ["dev-23.json", 95, 100],
  ["dev-24.json", 97, 100],
  // dev 25 (every persona, no template; 92 when first scored) and dev 26 (enterprises and report lines; 86 then).
  ["dev-25.json", 97, 100],
  ["dev-26.json", 96, 100],
  // set 27, written after the round's work to be scored unread (85), then read.
  ["set-27.json", 96, 100],
  // Tenth round: dev 27 (every persona, run-on voice; 85 when first scored) and dev 28 (several things in one
  // message; 81), dev 29 (towns, villages, parks and platforms answering in their own words; 89) and dev 30
  // (enterprises from reports and memory; 91), each read after it was scored.
  ["dev-27.json", 94, 100],
  ["dev-28.json", 94, 100],
  ["dev-29.json", 95, 100],
  ["dev-30.json", 97, 100],
  // set 29 and set 30, written after the round's work to be scored unread (94 and 93; 92 and 92 before the round),
  // then read.
  ["set-29.json", 97, 100],
  ["set-30.json", 98, 100],
  // set 31 and set 32, written after the round's work to be scored unread (85 and 90; 85 and 89 before the
  // round), then read.
  ["set-31.json", 94, 100],
  ["set-32.json", 95, 100],
  // Eleventh round: dev 31 (every persona, a WeChat day; 88 when first scored) and dev 32 (enterprises, logistics
  // and parks mixing years, correcting themselves and supposing; 94), each read after it was scored.
  ["dev-31.json", 99, 100],
  ["dev-32.json", 100, 100],
  // dev 33 (villages, towns and parks in their own words; 91 when first scored, 91 before the round) and dev 34
  // (several things in one message; 87, 86 before the round), each read after it was scored.
  ["dev-33.json", 97, 100],
  ["dev-34.json", 95, 100],
  // dev 35 (every persona late in the evening; 86 when first scored, 86 before the round) and dev 36 (reports,
  // spreadsheets and what a figure brings; 88, 86 before the round), each read after it was scored.
  ["dev-35.json", 96, 100],
  ["dev-36.json", 96, 100],
  // dev 37 (the hardest corrections, mid-test answers and remarks; 85 when first scored at b06e6dd), read after it
  // was scored.
  ["dev-37.json", 98, 100],
  // dev 38 (the hardest facts in sentences and answers; 84 when first scored at 8784ee6), read after it was scored.
  ["dev-38.json", 91, 100],
  // dev 39 (every persona after a long day; 89 when first scored at ead2985), read after it was scored.
  ["dev-39.json", 93, 100],
  // dev 40 (the hardest messages, tricky remarks) and dev 41 (every persona on a long day), written at 8df7f60
  // (91 and 95 there), read at once to find kinds of failure.
  ["dev-40.json", 99, 100],
  ["dev-41.json", 99, 100],
  // set 33 and set 34, written after the round's work to be scored unread (91 and 90; 90 and 89 before the
  // round), then read.
  ["set-33.json", 96, 100],
  ["set-34.json", 97, 100],
  // set 35 and set 36, written after the round's work to be scored unread (97 and 98; 96 and 98 before the
  // round), then read.
  ["set-35.json", 100, 100],
  ["set-36.json", 99, 100],
  // Twelfth round: set 39 (voice input, dialect, questions with figures) and set 40 (report lines, parks, MCNs,
  // logistics, roundabout corrections), written at the round's start and scored unread (97 and 89), then read.
  ["set-39.json", 99, 100],
  ["set-40.json", 100, 100],
  // set 43 (others' figures beside one's own, years, parts of a year) and set 44 (policy questions, indirect answers),
  // written during the round and scored unread (99 and 99; 99 and 99 before the round), then read.
  ["set-43.json", 100, 100],
  ["set-44.json", 99, 100],
  // set 45 (every persona in a hurry) and set 46 (the hardest readings), written after most of the round's work and
  // scored unread twice (96 and 94 at 5b4880f, 96 and 94 at 754eb67; 94 and 94 before the round), then read.
  ["set-45.json", 100, 100],
  ["set-46.json", 98, 100],
  // Thirteenth round: set 49 (every persona, as hard as real people) and set 50 (the hardest everyday messages),
  // written at the round's start and scored unread (91 and 84 at bf21db4), then read.
  ["set-49.json", 98, 100],
  ["set-50.json", 98, 100],
  // set 51 (every persona, as hard as real people) and set 52 (the hardest everyday messages), written after most of
  // the round's work and scored unread at 854e583 (95 and 91; 93 and 90 at bf21db4), then read.
  ["set-51.json", 99, 100],
  ["set-52.json", 98, 100],
  // set 53 (every persona) and set 54 (the hardest everyday messages), written after the round's work to 73ba02d and
  // scored unread there (98 and 82; 98 and 80 at bf21db4), then set 54 read.
  ["set-53.json", 100, 100],
  ["set-54.json", 97, 100],
  // Fourteenth round: set 57 (every persona, as hard as real people) and set 58 (the hardest everyday messages),
  // written at the round's start and scored unread (91 and 83 at afb73a8), then read.
  ["set-57.json", 99, 100],
  ["set-58.json", 98, 100],
  // set 60 (the hardest everyday messages), written after 236125c and scored unread there (86; 86 at afb73a8), then
  // read. (Set 59, written beside it, was kept unread for the round's closing figure.)
  ["set-60.json", 98, 100],
  // set 61 (every persona) and set 62 (the hardest everyday messages), written after 6c34f2b and scored unread there
  // (96 and 85; 96 and 83 at afb73a8); set 62 then read. Set 59 joins at its unread score (96 throughout).
  ["set-59.json", 96, 100],
  ["set-61.json", 96, 100],
  ["set-62.json", 89, 100],
  // set 63 (every persona) and set 64 (the hardest everyday messages), written after the round's last change
  // (4c35dfb; scored unread at 1f1020e, the same behaviour: 97 and 91; 97 and 84 at afb73a8). Set 63 is not read;
  // set 64 was read in the fifteenth round (its nine failures) and passes at 98 since.
  ["set-63.json", 97, 100],
  ["set-64.json", 98, 100],
  // set 65 (every persona) and set 66 (the hardest everyday messages), written after the fifteenth round's last change
  // (9bd037a) and scored unread there: 96 and 84 (96 and 83 at 8df7f60, before the round). Set 66 was then read (its
  // sixteen failures); of set 65 one case was seen in the behaviour fixture's diff (S65-021).
  ["set-65.json", 97, 100],
  ["set-66.json", 95, 100],
  // set 67 (the hardest everyday messages) and set 68 (every persona), written after ca63a55 and scored unread there:
  // 88 and 86 (88 and 86 at 8df7f60 too — the round moved neither). Six of their mid-test failures were then read to
  // see why (S67-049, -051, -052, -053, S68-047, -053); the rest not. 90 and 87 after b2085ff.
  ["set-67.json", 90, 100],
  ["set-68.json", 87, 100],
  // set 69 (the hardest everyday messages) and set 70 (every persona), written after b2085ff and scored unread at
  // c5f5d50 (the same behaviour): 91 and 95 (92 and 95 at 8df7f60). Of set 69 only S69-048, the one case that passed
  // before the round and failed after it, was read and mended (92 since); set 70 is not read.
  ["set-69.json", 92, 100],
  ["set-70.json", 95, 100],
  // dev 43 (the hardest everyday messages; 96 at 5ec5d1d) and dev 44 (sixty mid-test answers only: a skip in other
  // words, a question whether a kind counts, a year before said to a first-time question; 55 of 60 at 5ec5d1d),
  // written at 5ec5d1d and read at once to find kinds of failure.
  ["dev-43.json", 99, 100],
  ["dev-44.json", 60, 60],
  // dev 45 (the hardest everyday messages), dev 46 (sixty tricky remarks and corrections) and dev 47 (the hardest
  // messages, two or three difficulties in one), written at bb7b244 (99, 55/60 and 88 there) and read at once.
  ["dev-45.json", 100, 100],
  ["dev-46.json", 59, 60],
  ["dev-47.json", 97, 100],
  // dev 48 and dev 49 (the hardest messages, two or three difficulties in one), written at 1f42e38 (95 and 94 there)
  // and read at once.
  ["dev-48.json", 97, 100],
  ["dev-49.json", 96, 100],
  // dev 50 (sixty questions about the policy, asked as each persona would; 45 of 60 at cfaa15f), read at once.
  ["dev-50.json", 51, 60],
  // dev 51 and dev 52 (the hardest messages, two or three difficulties in one; 89 and 88 at 783a2ea), written at
  // 783a2ea and read at once.
  ["dev-51.json", 99, 100],
  ["dev-52.json", 98, 100],
  // dev 53 and dev 54 (the same kind; 84 and 87 at 7802285), and sets 80 and 81 (the same kind, written after 7802285
  // and scored there unread: 88 and 90 — 88 and 88 at 783a2ea), then read and mended.
  ["dev-53.json", 90, 100],
  ["dev-54.json", 88, 100],
  ["set-80.json", 91, 100],
  ["set-81.json", 92, 100],
  // Written after this round's work and scored before anyone read them (base: 5ec5d1d, the round's start). Set 71 (the
  // hardest everyday messages), 72 (every persona), 73 (the hardest, two or three difficulties in one message) after
  // bb7b244: 98, 100, 88 (98, 99, 88 at the base). Sets 74, 75 (the hardest, combined) and 76 (every persona) after
  // cfaa15f: 88, 90, 93 (88, 88, 93). Sets 77 (combined), 78 (every persona), 79 (the hardest) after 972ea98: 92, 97, 97
  // (92, 97, 96). None has been read; the floors are their scores at the round's last commit.
  ["set-71.json", 98, 100],
  ["set-72.json", 100, 100],
  ["set-73.json", 91, 100],
  ["set-74.json", 88, 100],
  ["set-75.json", 90, 100],
  ["set-76.json", 93, 100],
  ["set-77.json", 93, 100],
  ["set-78.json", 97, 100],
  ["set-79.json", 97, 100],
  // Sets 82, 83 and 84 (the hardest kind, two or three difficulties in one message), written after the seventeenth
  // round's work and scored unread at 22cd2b3: 93, 92, 93 (90, 91, 92 at 783a2ea, the round's start). Not read.
  ["set-82.json", 93, 100],
  ["set-83.json", 92, 100],
  ["set-84.json", 93, 100],
];

describe("the scored everyday-message sets", () => {
  for (const [file, floor, total] of sets)
    it(`${file} passes at least ${floor} of its ${total} messages, every case well-formed`, () => {
      const cases = JSON.parse(
        readFileSync(new URL(`./held-out/${file}`, import.meta.url), "utf8"),
      ) as unknown[];
      const report = scoreCases(cases);
      expect(report.invalid).toBe(0);
      expect(report.total).toBe(total);
      expect(report.passed).toBeGreaterThanOrEqual(floor);
    }, 60_000);
});
