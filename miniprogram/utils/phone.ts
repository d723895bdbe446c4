// Contact phone numbers as the server takes them (rules/phone.ts): a mainland mobile
// (13800000000, +86 138 0000 0000) or a landline with its area code (0533-1234567).

export const PHONE_MESSAGE =
  "联系电话格式不对：手机号为 11 位（如 13800000000），座机请带区号（如 0533-1234567）";

/** The number in a canonical form, or null when it is not a phone number. */
export function normalizePhone(text: string): string | null {
  const t = text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s()（）]/g, "")
    .replace(/^(\+86|0086|86(?=1\d{10}$))-?/, "");
  const digits = t.replace(/-/g, "");
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const landline = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(t);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ""}`;
  return null;
}
