// The first step of reading a message: one spelling for every way a figure is typed or spoken, so the
// mention finder sees 「2.6亿」 whether the person wrote 「2.6个亿」「２.６亿」 or 「两点六个亿」. Full-width →
// half-width, thousands separators dropped, 「个亿」「kw」「w」 → 亿, 千万, 万, and runs of Chinese numerals
// (「九百多」「一千二百」「两」) → Arabic digits where a unit, a hedge or a measure word follows. Pure.

import { parseNumber } from "../../../rules/index.ts";

// A Chinese numeral run (no 万/亿: those stay units, so 「一亿两千万」 becomes 「1亿2000万」).
// Digits may stand inside it (「3千零50万」「4.2千万」).
const CN_RUN =
  /[\d.]*[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟][\d.零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]*(?:点[零〇一二三四五六七八九]+)?/g;
// What may follow a numeral for it to be a number (「九百多万」「三十几家」「两个多亿」「一年」), and what
// may not (「一共」「统一」「一下」 stay words).
const NUMERIC_AFTER =
  /^(?:[多余来几]|个?[万亿]|个?[多余来几]?[家个户间所年月元块%岁天倍成号]|个点|个百分点|万|[kK]?[wW](?![a-zA-Z])|左右|上下|以上|出头|$)/;
// Words whose numerals are words, not numbers: left as they are.
const FIXED_WORDS =
  /差一点儿?|这一块|那一块|哪一块|一块儿|(?<=[漏少落丢缺差算](?:了|掉了?)?)一块|一块(?=拿|分|报|申请|申报|算|吃|做|弄|搞|干|办|聊)|一共|一起|一下|一点点|(?<!纳)统一(?![亿万千百十点多个])|五统一|一般|一直|一定|一些|一样|一旦|万一|一项|唯一|第一|一是|一方面|一手|一线|一部分|一半|网零|零售/g;

const DIGIT = "一二三四五六七八九";
/**
 * 「三千五六百万」「一千二三百万」「二三十家」: two neighbouring digits before a unit are a range — read as the
 * lower one and more (「三千五百多万」).
 */
function ranges(text: string): string {
  // 「二十六七家」: the last digit's neighbour before a measure word — about the lower (「二十六来家」): 26, and
  // asked back only where a bar lies between them.
  text = text.replace(
    /([十百千])([一二三四五六七八九])([一二三四五六七八九])([家个户间])/g,
    (all, u: string, a: string, b: string, w: string) =>
      DIGIT.indexOf(b) === DIGIT.indexOf(a) + 1 ? `${u}${a}来${w}` : all,
  );
  // 「五六家」「三四个」 (no tens before): the lower, about (「五来家」) — 「十五六家」 is read above.
  text = text.replace(
    /(?<![十百千万亿\d零〇一二两三四五六七八九点.])([一二两三四五六七八九])([一二三四五六七八九])([家个户间])(?![万亿多])/g,
    (all, a: string, b: string, w: string) =>
      DIGIT.indexOf(b) === DIGIT.indexOf(a === "两" ? "二" : a) + 1 ? `${a}来${w}` : all,
  );
  // 「一万四五」: fourteen or fifteen thousand — a range after 万, read as the lower and more (「一万四千多」).
  text = text.replace(
    /([一二两三四五六七八九十])万([一二三四五六七八九])([一二三四五六七八九])(?![十百千万亿])/g,
    (all, w: string, a: string, b: string) =>
      DIGIT.indexOf(b) === DIGIT.indexOf(a) + 1 ? `${w}万${a}千多` : all,
  );
  // 「一千零几十万」「三百零几家」: a few past the round figure — more than it (「一千多万」).
  text = text.replace(/([千百])零几十?(?=[万亿家个户间元块])/g, "$1多");
  // 「五千几百万」「一百几十家」: a few of the next unit down — read as more than the round figure (「五千多万」).
  text = text.replace(/([十百千])几([十百])(?=[万亿家个户间元块]|$)/g, (all, big: string, small: string) =>
    "十百千".indexOf(small) < "十百千".indexOf(big) ? `${big}多` : all,
  );
  return text.replace(
    /([一二两三四五六七八九])([一二三四五六七八九])([十百千万亿])/g,
    // (「两三千万」: 两 is 二 here.)
    (all, a: string, b: string, unit: string) =>
      DIGIT.indexOf(b) === DIGIT.indexOf(a === "两" ? "二" : a) + 1 ? `${a}${unit}多` : all,
  );
}

function chineseNumerals(text: string): string {
  const fixed: [number, number][] = [];
  for (const m of text.matchAll(FIXED_WORDS)) fixed.push([m.index, m.index + m[0].length]);
  const convert = (run: string, at: number): string => {
    // 「网零两千一百万」: a run that begins inside a word (网零) is a number from where the word ends.
    const inside = fixed.find(([a, b]) => a <= at && at < b && b < at + run.length);
    if (inside) return run.slice(0, inside[1] - at) + convert(run.slice(inside[1] - at), inside[1]);
    if (fixed.some(([a, b]) => at < b && at + run.length > a)) return run;
    const after = text.slice(at + run.length);
    // 「第一」「一家公司」 are words; a lone 「一」 before a measure word of things is an article.
    // (「电商村就一个」「只有一家」: after 就/只有/才 at the end of a clause it is the count one.)
    if (
      run === "一" &&
      /^[家个]/.test(after) &&
      !/^(?:[家个][多余]|个[万亿])/.test(after) &&
      !(/(就|只有|只|才|仅)$/.test(text.slice(0, at)) && /^[家个](?:[，,。；;\s吧啊呀]|$)/.test(after)) &&
      // (「电商村一个」「全国性的快递一家」: right after what is counted, at the end of a clause, too.)
      !(COUNTED_BEFORE.test(text.slice(0, at)) && /^[家个](?:[，,。；;\s吧啊呀]|$)/.test(after)) &&
      // (「如果再评上一个电商村」「要是再多整合一家」: one more, supposed, is a count.)
      !/(如果|要是|假如|假设|万一)[^，,。；;\s]{0,4}(再|又|多)多?(评上|评出|认定|开|增加|添|加|整合|接入|引进|拉进|签)?了?$/.test(
        text.slice(0, at),
      )
    )
      return run;
    // 「一亿二」「一万五」: a digit right after 亿 or 万 of a number is its colloquial tail.
    const tail = run.length === 1 && /[\d一二两三四五六七八九十百千][万亿]$/.test(text.slice(0, at));
    // 「零售额五千九 网店…」: a compound numeral (a digit with 十百千) at the end of its clause is a number too —
    // unless taken back at once (「卖了一千三 不对 是一千三百五十万」).
    const compound =
      /[一二两三四五六七八九][十百千]|[十百千][一二两三四五六七八九]/.test(run) &&
      // (「两千二是去年的数」: before 是 or 的 too.)
      /^[\s，,。；;！!？?、吧啊呀嘛哈是的](?![\s，,]*(不对|不是|错|说错))/.test(after);
    if (!tail && !compound && !NUMERIC_AFTER.test(after)) return run;
    return numeral(run) ?? run;
  };
  return text.replace(CN_RUN, (run, at: number) => convert(run, at));
}

// What is counted, said right before a count (「电商村一个」): the count's noun at the end, with a verb or not.
const COUNTED_BEFORE =
  /(电商村|淘宝村|网店|店铺|快递|快递公司|快递企业|物流企业|活跃的)(有|是|就|也就|才|只有)?$/;

/** 「九百」→ "900", 「两点六」→ "2.6"; null when the run is no number. */
function numeral(run: string): string | null {
  const [whole, frac] = run.split("点");
  const w = parseNumber(whole!);
  if (w === null) return null;
  if (frac === undefined) return String(w);
  const f = [...frac].map((ch) => parseNumber(ch === "〇" ? "零" : ch));
  return f.some((d) => d === null) ? null : `${w}.${f.join("")}`;
}

/**
 * 「单位：万元\n实物商品网络零售额  3015.6」: a report's unit line is the unit of each sum on a line of money after it
 * (the line itself goes). Lines must still be apart: the dialog calls this before it folds them.
 */
export function withReportUnit(text: string): string {
  const unitLine = /(?:^|\n)\s*[(（]?\s*单位\s*[:：]\s*(万元|亿元|元|万|亿)\s*[)）]?\s*(?=\n|$)/.exec(text);
  if (!unitLine) return text;
  const unit = { 万元: "万", 万: "万", 亿元: "亿", 亿: "亿", 元: "元" }[unitLine[1]!]!;
  const rest = text.slice(unitLine.index + unitLine[0].length);
  return (
    text.slice(0, unitLine.index) +
    rest
      .split("\n")
      .map((line) =>
        /额|网零|零售|销售|gmv|金额|贷/i.test(line)
          ? line.replace(
              /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d.,]|\s*[万亿元块家个户间%月年])/g,
              `$1$2${unit}`,
            )
          : line,
      )
      .join("\n")
  );
}

/** The message with one spelling for every figure; its length may differ from the input. */
/**
 * 「镇名\t电商村个数\t网络零售额（万元）\n唐山镇\t2\t7460」: a table of two rows copied from a spreadsheet, its
 * headings and values paired (「镇名：唐山镇，电商村个数：2，网络零售额（万元）：7460」).
 */
export function pairedTable(text: string): string {
  const rows = text.trim().split(/\r?\n/);
  if (rows.length !== 2) return text;
  const cells = rows.map((r) => r.split(/\t|\s*[|｜]\s*|\s{2,}/).map((c) => c.trim()));
  const [head, values] = cells as [string[], string[]];
  if (head.length < 2 || head.length !== values.length || head.some((h) => /\d/.test(h))) return text;
  return head.map((h, i) => `${h}：${values[i]}`).join("，");
}

export function normalise(text: string): string {
  // (Runs of spaces or tabs — a report's columns — are one space: 「实物商品网络零售额  3015.6」.)
  let t = pairedTable(text.normalize("NFKC"))
    .replace(/\u3000/g, " ")
    .replace(/[^\S\n]{2,}/g, " ");
  // 「电商村个数：2」「快递企业家数：5」: a count's measure word in its label.
  t = t.replace(/(个数|家数)\s*[:：]\s*(\d+)(?![\d.万亿])/g, (_, u: string, n: string) => `${n}${u[0]}`);
  // 「在库月数：30」: a count of months said in a report's label.
  t = t.replace(
    /(在库|存续)?月数\s*[:：]\s*(\d+)/g,
    (_, w: string | undefined, n: string) => `${w ?? ""}${n}个月`,
  );
  // 「M C N」 spelt out letter by letter (voice input): one word.
  t = t.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])/g, (m) => m.replace(/ /g, ""));
  // 「41,800,000」「3,200万」: separators between groups of three digits.
  t = t.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
  // 「30 000 000 元」: groups of three digits parted by spaces.
  t = t.replace(/(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])/g, (m) => m.replace(/ /g, ""));
  t = t.replace(/百分之([零〇一二两三四五六七八九十百点\d.]+)/g, (_, n: string) => {
    const v = /^[\d.]+$/.test(n) ? n : numeral(n);
    return v === null ? `百分之${n}` : `${v}%`;
  });
  // 「四分之三」「3分之2」: a fraction of a whole, as a percent (a part larger than the whole is no share).
  t = t.replace(
    /([零〇一二两三四五六七八九十百\d]+)分之([零〇一二两三四五六七八九十\d]+)/g,
    (m, a: string, b: string) => {
      const [whole, part] = [
        Number(/^\d+$/.test(a) ? a : numeral(a)),
        Number(/^\d+$/.test(b) ? b : numeral(b)),
      ];
      return whole > 0 && part <= whole ? `${Math.round((part / whole) * 1000) / 10}%` : m;
    },
  );
  // 「仨」「俩」: three and two of something (「这俩加一块」: these two, of what was said).
  t = t.replace(/仨/g, "3个").replace(/(?<![这那])俩(?![人])/g, "2个");
  // 「能一块拿不」「一块儿申请」: together, not one yuan.
  t = t
    .replace(/一块儿?(?=[拿领申报享算给发做干去来弄搞起奖补])/g, "一起")
    .replace(/(?<=[加算放合拼搁])一块儿?/g, "一起");
  // 「九成二」: nine tenths and two — 92%.
  t = t.replace(
    /([一二三四五六七八九])成([一二三四五六七八九])(?![十百千万])/g,
    (_, a: string, b: string) =>
      `${"一二三四五六七八九".indexOf(a) + 1}${"一二三四五六七八九".indexOf(b) + 1}%`,
  );
  // 「千把万」「百把家」: about a thousand, about a hundred.
  t = t.replace(
    /(?<![\d零〇一二两三四五六七八九十百千])([十百千])把(?=[万亿块元家个户间])/g,
    (_, u: string) => ({ 十: "10来", 百: "100来", 千: "1000来" })[u]!,
  );
  // 「一个半亿」「两个半亿」「半个亿」: and a half, or a half, of 亿.
  t = t
    .replace(/(?<![\d零〇一二两三四五六七八九十])([一二两三四五六七八九\d])个?半亿/g, (_, n: string) => {
      const v = /\d/.test(n) ? Number(n) : "一二三四五六七八九".indexOf(n === "两" ? "二" : n) + 1;
      return `${v}.5亿`;
    })
    .replace(/(?<![\d零〇一二两三四五六七八九十.])半个?亿/g, "0.5亿");
  // 「一千三白万」: 白 typed by voice for 百 between numerals.
  t = t.replace(/([一二两三四五六七八九千])白(?=[一二三四五六七八九十零]*[多来几余]?[万亿家个户])/g, "$1百");
  // 「3 千 万」「两 千 万」 (voice input spaced out): a number and its units said apart are one number.
  t = t.replace(/([\d零〇一二两三四五六七八九十])\s+([千百])\s*(?=[万亿])/g, "$1$2");
  t = chineseNumerals(ranges(t));
  // (「一百五十个w」「两个kw」: 个 before the letters, as before 万.)
  t = t
    .replace(/(\d)\s*个?\s*(?:kw|KW|Kw|kW)/g, "$1千万")
    .replace(/(\d[多余来几]?)\s*个?\s*[wW](?![a-zA-Z])/g, "$1万");
  // 「一百出头」「六千万出头」「三千w出头」: a little over — more than the figure.
  t = t.replace(/(\d+(?:\.\d+)?)(千万|万|亿)?出头/g, "$1多$2");
  t = t
    .replace(/(\d)\s*([多余来几]?)\s*个\s*([多余来几]?)\s*([万亿])/g, "$1$2$3$4")
    .replace(/(\d)\s+(?=[万亿元块家个户间%])/g, "$1");
  // 「实物商品网络零售额（万元）：4625.8」: a unit in a report's heading is the figure's after it.
  // (「活跃网店(个) 41」: a count's measure word too.)
  t = t
    .replace(/[(（]\s*(万|亿)元?\s*[)）]\s*[:：]?\s*(\d+(?:\.\d+)?)(?![\d.万亿元])/g, "$2$1")
    // (「网络零售额(元)：9980000」: in yuan.)
    .replace(/[(（]\s*元\s*[)）]\s*[:：]?\s*(\d+(?:\.\d+)?)(?![\d.万亿元])/g, "$1元")
    .replace(/[(（]\s*(个|家|户|间)\s*[)）]\s*[:：]?\s*(\d+)(?![\d.个家户间])/g, "$2$1");
  t = withReportUnit(t);
  // 「四千五左右 单位是万」: the unit said after the figure is its own.
  t = t.replace(
    /(?<![\d.])(\d+(?:\.\d+)?)(?![\d.万亿元块])([^\d，,。]{0,4}?)[，,\s]*(?:单位(?:是|为|按)?|以|按)(万|亿)元?(?:为单位|算|计)?/g,
    "$1$3$2",
  );
  // 「零售额呢 按万算 一千四百」「按万为单位的话 是四千零二十」: the unit said before the figure is its own too.
  t = t.replace(
    /((?:单位(?:是|为|按)?|以|按)(万|亿)元?(?:为单位|算|计)?(?:的话)?[，,\s]*(?:是|就是|大概|约)?\s*)(\d+(?:\.\d+)?)(?![\d.万亿元块%个家户间])/g,
    "$1$3$2",
  );
  // 「比前年的2800万多了一千万」: 多了 before another figure compares — it is no 「more than」 of the figure before it.
  t = t.replace(/(\d[万亿])(多了?)(?=\s*\d)/g, "$1 $2");
  return listedVillages(t);
}

// A village's name: a few characters ending in a word for a village (东王村、王家庄、张屯), never one of the speaker's
// own or another's words (我们村、隔壁村、这个村).
const NAME = "(?![我俺咱本隔邻别其这那们跟和与及还的个都])[\\u4e00-\\u9fff]{1,3}?(?:村|庄|屯|寨|营|峪|疃|洼)";
const LISTED = new RegExp(
  `((?:${NAME}(?:[\\s、，,和跟与及]|还有)*){2,})(?:这|那)?(\\d+|几)?个?(?:村子?)?(?:都|也|全|全都)?(?:已经)?(?:被)?(?:评上|评为|评成|认定|成了|是)了?(?:电商村)?了?`,
  "g",
);

/**
 * 「东村 西村 王家庄 李家庄 这几个都评上电商村了」「王家村跟李家庄两个评上了」: villages named one by one and said
 * recognised are a count of e-commerce villages — the number said, else how many were named.
 */
// 「评上的就东坡村和北营村这俩」: the title first, then the villages named.
// (Each name as long as it goes: 「后峪村」, not 「后峪」 and a 村 left over.)
const WHOLE_NAME = NAME.replace("{1,3}?", "{1,3}");
const LISTED_AFTER = new RegExp(
  `(?:评上|评为|认定|认定下来)(?:电商村)?的(?:就|有|是|只有|就是)?((?:${WHOLE_NAME}(?:[\\s、，,和跟与及]|还有)*){2,})(?:这|那)?(?:俩|两个|几个|\\d+个)?`,
  "g",
);

function listedVillages(t: string): string {
  const count = (all: string, list: string, n?: string, name = NAME) => {
    const named = list.match(new RegExp(name, "g"))?.length ?? 0;
    const c = n && n !== "几" ? Number(n) : named;
    return c >= 2 ? `电商村${c}个` : all;
  };
  return (
    t
      .replace(LISTED, (all, list: string, n: string | undefined) => count(all, list, n))
      // (「评上的有北营 南营和杜家三个村」: a list that a count goes on to say is counted by it.)
      .replace(LISTED_AFTER, (all, list: string, at: number, whole: string) =>
        /^[和跟与及、\s]*[\u4e00-\u9fff]{0,4}?(\d+|[一二两三四五六七八九十])个/.test(
          whole.slice(at + all.length),
        )
          ? all
          : count(all, list, undefined, WHOLE_NAME),
      )
  );
}
