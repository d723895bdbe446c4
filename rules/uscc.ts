// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
// the last is a check character over the first 17 with weights 3^i mod 31.

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null if they use a character outside the code. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type UsccProblem = "length" | "characters" | "check";

/** Upper-cases and drops spaces, as people paste codes with them. */
export function normalizeUscc(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "")
    .toUpperCase();
}

/** null when the code is valid; otherwise what is wrong with it. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return "length";
  if (![...code].every((c) => ALPHABET.includes(c))) return "characters";
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : "check";
}

export const USCC_PROBLEM_MESSAGES: Record<UsccProblem, string> = {
  length: "统一社会信用代码应为 18 位",
  characters: "统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）",
  check: "统一社会信用代码校验位不符，请核对营业执照上的代码是否有输错",
};
