// The eleven districts, counties and zones of Zibo an application can come from (contract §5).

export const DISTRICTS = [
  "张店区",
  "淄川区",
  "博山区",
  "临淄区",
  "周村区",
  "桓台县",
  "高青县",
  "沂源县",
  "高新区",
  "经开区",
  "文昌湖区",
] as const;
export type District = (typeof DISTRICTS)[number];

/** 「张店」「3」「高新技术产业开发区」 → the district's official short name; null if none fits. */
export function readDistrict(text: string): District | null {
  const t = text.replace(/\s/g, "").replace(/^淄博市?/, "");
  const n = Number(t.replace(/[.、。]$/, ""));
  if (Number.isInteger(n) && n >= 1 && n <= DISTRICTS.length) return DISTRICTS[n - 1]!;
  for (const d of DISTRICTS) if (t === d || t === d.slice(0, -1)) return d;
  if (/高新/.test(t)) return "高新区";
  if (/经开|经济开发|经济技术开发/.test(t)) return "经开区";
  if (/文昌湖/.test(t)) return "文昌湖区";
  for (const d of DISTRICTS) if (t.startsWith(d.slice(0, 2))) return d;
  return null;
}
