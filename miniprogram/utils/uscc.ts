// 统一社会信用代码 (GB 32100-2015), checked before an application is sent so a mistyped code is
// caught at once: 18 characters from a 31-character alphabet (no I, O, S, V, Z), the last a check
// character over the first 17 with weights 3^i mod 31. The same rule as the server's rules/uscc.ts.

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null if they use a character outside the code. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Upper-cases and drops spaces and dashes, and reads full-width characters, as people paste codes. */
export function normalizeUscc(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "")
    .toUpperCase();
}

/** null when the code is valid; otherwise what is wrong with it, in words a person can act on. */
export function usccMessage(code: string): string | null {
  if (code === "") return "请填写统一社会信用代码（营业执照或证书上的 18 位代码）";
  if (code.length !== 18) return `统一社会信用代码应为 18 位，您填写的是 ${code.length} 位`;
  for (const c of code)
    if (!ALPHABET.includes(c))
      return `统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z），「${c}」有误`;
  if (usccCheckCharacter(code.slice(0, 17)) !== code.charAt(17))
    return "统一社会信用代码校验位不符，请核对营业执照上的代码是否有输错";
  return null;
}
