// Contact phone numbers: a mainland mobile (13800000000, +86 138 0000 0000) or a landline with
// its area code (0533-1234567).

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

/** 13812345678 → 138****5678; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length <= 4) return "****";
  return `${phone.slice(0, Math.min(4, phone.length - 4))}****${phone.slice(-4)}`;
}
