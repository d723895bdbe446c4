// 「按2026年12月31日测算」「评估日期按2026年12月31号算」: the date a person asks the self-test to be worked out for
// (contract §2 `assessedOn`). Pure.

const SAID =
  /(?:按|以|评估日期|测算日期|评估时间)[按是为:：\s]*(20\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?\s*(?:来|的时候)?(?:测算|算|评估|测|计算|为准)?/;

/** The date said, as YYYY-MM-DD, or null when none is said or it is no date of the calendar. */
export function readAssessmentDate(text: string): string | null {
  const m = SAID.exec(text.normalize("NFKC"));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
