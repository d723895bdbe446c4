// Money and dates as people in Zibo read them: amounts in 万元 (亿元 from 1 亿 up), the exact yuan
// where it matters, 万元 typed in a form read into whole yuan without floating-point error, and
// moments in Beijing time.

const WAN = 10_000;
const YI = 100_000_000;

/** whole.frac with frac a 4-digit fraction (0–9999), trailing zeros dropped: 1234 + 5000 → "1234.5". */
function withFourDecimals(whole: number, frac: number): string {
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(4, "0").replace(/0+$/, "")}`;
}

/** 80000000 → "8000 万元"; 120000000 → "1.2 亿元"; 15000 → "1.5 万元"; under 1 万 in 元: 5000 → "5000 元". */
export function formatWan(yuan: number): string {
  if (!Number.isSafeInteger(yuan)) return `${(yuan / WAN).toFixed(4).replace(/\.?0+$/, "")} 万元`;
  const sign = yuan < 0 ? "-" : "";
  const a = Math.abs(yuan);
  if (a < WAN) return `${yuan} 元`;
  if (a >= YI && a % WAN === 0) return `${sign}${withFourDecimals(Math.floor(a / YI), (a % YI) / WAN)} 亿元`;
  return `${sign}${withFourDecimals(Math.floor(a / WAN), a % WAN)} 万元`;
}

/** 40000 → "40,000 元": the exact figure, for confirmations. */
export function formatYuanExact(yuan: number): string {
  const sign = yuan < 0 ? "-" : "";
  return `${sign}${String(Math.abs(Math.trunc(yuan))).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} 元`;
}

/**
 * An amount typed in 万元 ("3500", "0.5", "1,200", "３５００") → whole yuan; null when it is not a
 * non-negative number with at most 4 decimals (1 元 is 0.0001 万元).
 */
export function parseWan(text: string): number | null {
  const t = text
    .replace(/[\uFF10-\uFF19\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, "")
    .replace(/万元?$/, "");
  const m = /^(\d*)(?:\.(\d{1,4}))?$/.exec(t);
  if (!m || (!m[1] && m[2] === undefined)) return null;
  const whole = m[1] ? Number(m[1]) : 0;
  const frac = m[2] ? Number(m[2].padEnd(4, "0")) : 0;
  const yuan = whole * WAN + frac;
  return Number.isSafeInteger(yuan) ? yuan : null;
}

/** Whole yuan → what a 万元 field shows: 35000000 → "3500", 5000 → "0.5". */
export function yuanToWanText(yuan: number): string {
  return withFourDecimals(Math.floor(yuan / WAN), yuan % WAN);
}

/** An ISO moment → "2026-11-24 22:30" in Beijing time (UTC+8, no summer time); "" when unreadable. */
export function formatBeijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return "";
  const b = new Date(t + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())} ${p(b.getUTCHours())}:${p(b.getUTCMinutes())}`;
}

/** "2027-09-30" → "2027年9月30日", as the policy writes its dates. */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
