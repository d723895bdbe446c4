// The chat commands, one row each: the phrases that call it, the line 「帮助」 shows, where it is heard,
// and what it does. The command reader and the help text are both made from this table, so adding a
// command is one row. Rows are tried in order; a row's `where` keeps it from taking text that is an
// answer elsewhere (「1」 is a menu choice only at the menu, 「确认」 a confirmation only at the summary).

import { OPTED_OUT } from "./invitation.ts";
import { cityPolicy, formatChineseDate } from "../../rules/index.ts";
import { assessmentOf } from "./application-steps.ts";
import {
  beginApplication,
  cancelApplication,
  confirmRepeatFiling,
  submitApplication,
} from "./application.ts";
import { askNext, skipQuestion, startAssessment } from "./assessment.ts";
import { whatItBrings } from "./what-it-brings.ts";
import { backToFigure, goBack, undoChange } from "./changes.ts";
import { correct } from "./correct.ts";
import { readCorrection } from "./corrections.ts";
import { FACT_ALIASES, findFact } from "./fact-names.ts";
import { articleName, detailMessage } from "./results.ts";
import { asksTiming, figuresYearLine, timingReply } from "./rounds.ts";
import type { DialogState } from "./state.ts";
import { answerLine, GREETING, HUMAN, humanOutsideWechat } from "./texts.ts";
import type { Turn, TurnContext } from "./turn.ts";
import { whereNow } from "./where.ts";
import { normalise } from "./understanding/normalise.ts";

export interface CommandRow {
  /** A reading of the whole message (after the exact phrases and the pattern). */
  test?: (text: string) => boolean;
  /** Exact phrases (a closing 。！？～ is ignored). */
  says?: readonly string[];
  /** Phrases with a part to read (「原文 5」「详情 2」「修改 零售额 9000万」). */
  pattern?: RegExp;
  /** The line 「帮助」 shows; rows without one are not listed. */
  help?: string;
  /** Where the command is heard; elsewhere its phrases go on to be read as an answer. */
  where?: (s: DialogState) => boolean;
  /** `text`: the message as it came (for rows that read more of it than their test). */
  run: (s: DialogState, out: Turn, ctx: TurnContext, match: RegExpExecArray | null, text: string) => void;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

function policyText(article: number | null): string {
  const p = cityPolicy();
  const count = `共${articleName(p.articles.length).slice(1, -1)}条`;
  if (article === null)
    return `《${p.title}》（${p.issuer}，有效期 ${formatChineseDate(p.validFrom)}至${formatChineseDate(p.validTo)}）${count}：\n${p.articles
      .map((a) => `${a.number}. ${a.title}`)
      .join("\n")}\n回复「原文 2」查看第二条全文。`;
  const a = p.articles.find((x) => x.number === article);
  return a ? a.text : `政策${count}，请回复「原文 1」到「原文 ${p.articles.length}」。`;
}

const atSummary = (s: DialogState) => s.mode === "confirm" || s.mode === "submitting";

const selfTest: CommandRow["run"] = (s, out) => startAssessment(s, out);
const apply: CommandRow["run"] = (s, out) => beginApplication(s, out);
const status: CommandRow["run"] = (s, out) => {
  out.effects.push({ type: "query_status", wechatId: s.wechatId });
};
const human: CommandRow["run"] = (s, out) => {
  out.effects.push({
    type: "notify_staff",
    reason: "human_requested",
    wechatId: s.wechatId,
    text: `有用户请求人工服务${s.wechatId ? `（微信：${s.wechatId}）` : ""}${s.applicant.name ? `，单位：${s.applicant.name}` : ""}`,
  });
  // Staff answer in WeChat; elsewhere (no WeChat id) they can only call back.
  const said = s.wechatId ? HUMAN : humanOutsideWechat(s.applicant.contactPhone);
  out.replies.push(
    s.mode === "assess" || s.mode === "apply" ? `${said}\n\n您也可以继续：${whereNow(s)}` : said,
  );
};
const detail = (s: DialogState, out: Turn, n: number) => {
  const text = s.facts.subjectType ? detailMessage(assessmentOf(s), n) : null;
  out.replies.push(
    text ?? `没有第 ${n} 项。${s.mode === "results" ? "请对照自测结果中的编号。" : "请先完成自测。"}`,
  );
};
const policy =
  (article: number | null): CommandRow["run"] =>
  (_s, out) => {
    out.replies.push(policyText(article));
  };

// The menu's numbers, at the menu only.
const MENU_CHOICES: Record<string, CommandRow["run"]> = {
  "1": selfTest,
  "2": apply,
  "3": status,
  "4": policy(null),
  "5": human,
};

export const COMMANDS: readonly CommandRow[] = [
  {
    says: ["不再提醒", "别再提醒", "不要再提醒", "不用提醒", "不要提醒", "退订", "别发了", "不要再发了"],
    help: "「不再提醒」不再接收申报提醒",
    run: (s, out) => {
      out.effects.push({ type: "opt_out", wechatId: s.wechatId });
      out.replies.push(OPTED_OUT);
    },
  },
  {
    says: ["重新开始", "重来", "从头开始", "从头来", "重新测评", "重新自测", "再测一次"],
    help: "「重新开始」从头再来",
    run: (s, out) => startAssessment(s, out, "好的，我们从头开始。"),
  },
  {
    // 「测一下」「那帮我算算」 while a self-test with answers is under way asks only that it go on: the answers
    // are kept (「自测」 itself, and 「重新开始」, start again).
    test: (t) =>
      /^(那|那么|好|好的|行|嗯)?[，,\s]*(我|我们)?(想|要|先|来)?(帮我|给我)?(测|测测|测一测|测算|算算|算一算)(一下|一下子)?(吧|呗|啊|呀)?$/.test(
        t,
      ),
    where: (s) => s.mode === "assess" && s.asking !== null && Object.keys(s.facts).length > 1,
    run: (s, out) =>
      out.replies.push(
        `好的，我们接着测，前面记下的都保留。\n${whereNow(s)}\n（要清空重来，请回复「重新开始」。）`,
      ),
  },
  {
    says: [
      "自测",
      "测评",
      "开始自测",
      "开始测评",
      "我要自测",
      "自我测评",
      "政策自测",
      "自侧",
      "自策",
      "zice",
      "测一测",
      "测一下",
    ],
    // 「那我测一下」「帮我自测一下吧」: the words around it only ask for it.
    test: (t) =>
      /^(那|那么|好|好的|行|嗯)?[，,\s]*(我|我们)?(想|要|先|来)?(帮我|给我)?(自测|测|测测|测评|测一测|测算|算算|算一算)(一下|一下子)?(吧|呗|啊|呀)?$/.test(
        t,
      ),
    help: "「自测」开始或重新测评",
    run: selfTest,
  },
  {
    // 「现在结果是啥」「看看结果」: what the answers so far bring, and the pending question again.
    test: (t) =>
      /^(那|那么)?(现在|目前)?的?(测评|自测)?结果(是啥|是什么|呢|怎么样|如何|咋样|出来了吗)?[？?。]*$|^(看|查看|看看|给我看)(一下|下)?(测评|自测)?结果[。！!]*$/.test(
        // (「行 先这样 结果发我一下」: what is said before asking for the results changes nothing.)
        t
          .replace(/^((行|好|好的|嗯|那|那就)[，,\s]*)*((先这样|就这样)(吧|了)?[，,\s]*)?/, "")
          // (「给领导汇报用 你把结果再发一遍」: why and who, before the results asked for again.)
          .replace(/^[^，,。？?]{0,12}[，,\s]+(你|您)?(把|将)?(?=(测评|自测)?结果)/, "")
          .replace(/(再)?(发|给)(我)?(一遍|一下|下|一次|看看)?[。！!]*$/, ""),
      ),
    help: "「结果」看目前的测评结果",
    run: (s, out) => {
      if (s.mode === "results" || (s.mode === "menu" && s.facts.subjectType !== undefined))
        askNext(s, "", out);
      else if (s.facts.subjectType === undefined)
        out.replies.push(`还没有测评结果。回复「自测」开始，几个问题就能看到结果。`);
      else out.replies.push(`${whatItBrings(s, out.rounds)}\n${whereNow(s)}`);
    },
  },
  {
    // 「算了还是按原来的」「哎呀算了 还是按一开始说的那个数」「网店还是按原来那个数」: the last correction taken
    // back (or, with none, nothing changes).
    test: (t) =>
      /^(?:哎呀|哎|哦|嗯|那)?[，,\s]*(?:算了)?[，,\s]*[^，,。\s\d]{0,6}?(?:还是)?(?:按|用|写|照)?(?:原来|之前|一开始|最开始|刚开始|最初|第一次|刚才)(?:说|报|填|写)?的?(?:那个)?(?:数|数字)?(?:吧|就行|就好|来)?[。！!]*$|^(不改了|撤销|改回去|改回来|恢复原来的?)[。！!吧]*$|[，,\s]还是按(原来|之前|一开始|最开始|刚开始|最初)(说|报|填|写)?的?(那个)?(数|数字)?(吧|就行|就好|来)?[。！!]*$/.test(
        t,
      ),
    help: "「改回去」撤销上一次修改",
    run: (s, out) => undoChange(s, out),
  },
  {
    // 「算了还是按原来的2150吧」「那还是改回三百万吧」: the same, with the old figure named.
    test: (t) => BACK_TO_FIGURE.test(normalise(t)),
    where: (s) => s.lastChange != null,
    run: (s, out, _ctx, _m, text) => {
      const m = BACK_TO_FIGURE.exec(normalise(text))!;
      backToFigure(s, Number(m[1]), (m[2] ?? "").replace("万元", "万"), out);
    },
  },

  {
    // 「那你看俺们村的网店数是多少来着」「我刚才说的零售额是多少」: what was said of a fact, said back (or all, when
    // none is named).
    test: (t) =>
      /(数|额|量|家数|个数)[^，,。？?]{0,3}(多少|几[家个户]?)来着|记的(是)?(多少|几)|记了(多少|几|啥)|(我|刚才)[^，,。？?]{0,4}(说|报|填)的[^，,。？?]{0,8}(是)?(多少|几)/.test(
        t,
      ),
    where: (s) => s.history.length > 0,
    run: (s, out, _ctx, _m, text) => {
      const known = s.history.filter((f) => s.facts[f] !== undefined);
      const named = known.filter((f) => FACT_ALIASES[f].some((a) => a.length >= 2 && text.includes(a)));
      out.replies.push(
        [
          "您说的是：",
          ...(named.length > 0 ? named : known).map((f) => `· ${answerLine(f, s.facts[f])}`),
          whereNow(s),
        ]
          .filter(Boolean)
          .join("\n"),
      );
    },
  },
  {
    says: ["返回", "上一步", "上一题", "退回", "后退", "回到上一题"],
    help: "「返回」修改上一题",
    run: (s, out) => goBack(s, out),
  },
  {
    says: [
      "跳过",
      "不清楚",
      "不知道",
      "不确定",
      "不晓得",
      "说不清",
      "下一题",
      "略过",
      "不了解",
      "不太清楚",
      "不太确定",
    ],
    help: "「跳过」或「不清楚」跳过当前问题",
    run: (s, out) => skipQuestion(s, out),
  },
  {
    // 「不是很清楚」「我也不太确定」「记不清了」: not knowing, in other words.
    pattern:
      /^(?:我|这个)?(?:也|真|确实)?(?:不是很|不是太|不太|不大|不怎么|没太|不)(?:清楚|确定|知道|了解|记得)(?:了|呢|啊|哦|诶)?$|^(?:记不清|记不得|说不好|不好说|说不准|没数|没底)(?:了|呢)?$/,
    where: (s) => s.mode === "assess",
    run: (s, out) => skipQuestion(s, out),
  },
  {
    // 「这个我不清楚，要问会计」「得问问财务」: not knowing, and who would — a skip, never a figure.
    // (「这个数不方便说」「保密」: not saying is a skip too.)
    // (「替村里问问」 is asking on the village's behalf: an answer, not a skip; 「先问一句 电商村能奖多少钱」 a question.)
    pattern:
      /^(?![^]*[0-9０-９])(?![^]*(?:什么|怎么|啥|哪|吗|多少|能不能|可不可以|有没有|是不是|能[奖拿评补给申]|[?？]))(?![^]*([\u4e00-\u9fff])不\1)(?![^]*[替代帮](?:我们|咱们?|俺们?|全|整个)?(?:村|镇|乡|公司|企业|厂|园区)[^]*问)(?![^]*(?:你说的|你讲的|说人话|你们这))(?![^]*(?<!下)[零一二两三四五六七八九十百千]+[来多几半]?[家个户万亿千百年月])(?![^]*(?:稍等|等一下|等等|等会|等我(?:一下|下|会|一会)))(?![^]*(?:晚安|再见|拜拜))(?![^]*问问(?:俺|我|咱)们?(?:村|镇|乡|公司|厂|这|的))(?![^]*(?:不对|错了|说错|搞错|弄错|记错|没统计进))(?=[^]*(?:不[太大怎]?(?:么)?清楚|不[太大]?知道|不晓得|不确定|记不[太大]?清|不[太大]?记得|说不准|没数|(?:要|得|需要|先|去|回头)(?:问|查|看看)|问问|查一下|查查|回头(?:看|查)|(?:财务|会计|老板)那边|看财务|看会计|问[下一]下|再说|手[头上]没有|没(?:有)?这个数|没统计|跳过|下一[题个]|空着|先不填|再补|以后再说|不好说|不懂|先问下一个|问别的|接着问|先过|略过|先跳|回去翻|回头翻|还没给过来|还没出来|不方便(?:说|讲|透露|告诉|公开)|不便(?:说|透露|公开)|不想(?:说|讲|透露)|不愿意?(?:说|讲|透露)|保密|商业机密))[^]{2,40}$/,
    where: (s) => s.mode === "assess",
    run: (s, out) => skipQuestion(s, out),
  },
  {
    // 「一二百万的样子吧 这个先跳过」: a skip said last, after whatever came before it, is the answer.
    pattern:
      /[，,。\s](?:这个|这题|这一题|这项|这一项)?(?:就)?先?(?:跳过|略过|空着|不填)(?:吧|了|啊|哈)?[。！!]*$/,
    where: (s) => s.mode === "assess",
    run: (s, out) => skipQuestion(s, out),
  },
  {
    says: ["人工", "转人工", "人工服务", "人工客服", "客服", "找人工", "联系工作人员"],
    help: "「人工」联系市商务局工作人员",
    run: human,
  },
  {
    // 「能找个真人聊聊吗」「想跟工作人员联系一下」「有没有真人 我要找商务局的人问」: asking for a person, in other words.
    pattern:
      /(?:找|联系|转|聊|接|打|换|要|叫|跟|和|让)[^，,。]{0,6}(?:真人|人工|工作人员|客服|活人)|(?:真人|人工|工作人员|客服)[^，,。]{0,6}(?:聊|谈|对接|联系|帮忙|接待|回复我)|有没有(?:真人|人工|工作人员|活人)|找(?:市|区|县)?商务局的(?:人|同志|领导)/,
    run: human,
  },
  {
    says: ["帮助", "help", "菜单", "指令", "怎么用", "使用说明"],
    run: (_s, out) => out.replies.push(HELP),
  },
  {
    // 「现在能申报吗」「什么时候可以报」「申报截止到哪天」「要报哪一年的数」: when, not a request to file now.
    test: asksTiming,
    help: "「现在能申报吗」查看申报批次和时间",
    run: (s, out, _ctx, _match, text) => {
      const results = s.facts.subjectType && s.mode === "results" ? assessmentOf(s).results : null;
      const year = figuresYearLine(text, out.rounds, s.today);
      out.replies.push([year, timingReply(out.rounds, s.today, results)].filter(Boolean).join("\n"));
      if (s.mode === "assess" || s.mode === "apply") out.replies.push(whereNow(s));
    },
  },
  {
    says: ["查询进度", "进度", "查进度", "查询", "我的申报", "申报进度", "查询申报"],
    // 「怎么查我去年那个申报的进度」「申报到哪一步了」: asking after one's own filing.
    test: (t) =>
      /(查|看)[^，,。]{0,10}(申报|申请)[^，,。]{0,4}进度|(申报|申请)(的|那个)?(进度|到哪|怎么样了|有结果了吗|批了没)/.test(
        t,
      ),
    help: "「查询进度」查看已提交的申报",
    run: status,
  },
  {
    pattern: /^(?:政策)?原文\s*(?:第)?([1-8一二三四五六七八])(?:条)?$/,
    run: (s, out, ctx, m, t) => policy(CN_DIGIT[m![1]!] ?? Number(m![1]))(s, out, ctx, m, t),
  },
  {
    says: ["政策原文", "原文", "政策", "看政策", "政策条文"],
    help: "「政策原文」查看政策条文，「原文 5」查看第五条",
    run: policy(null),
  },
  {
    says: ["申报", "我要申报", "开始申报", "申请", "我要申请", "提交申报"],
    help: "「申报」填写申报信息",
    run: apply,
  },
  {
    pattern: /^详情\s*(\d{1,2})$/,
    help: "「详情 1」查看第 1 项的理由",
    run: (s, out, _ctx, m) => detail(s, out, Number(m![1])),
  },
  {
    // (「改成3050万」 names no fact: read as a correction of the latest answer of its kind.)
    pattern: /^(?:修改|改一下|更正|更改|改正|改(?![成为到]))\s*(.*)$/,
    help: "「修改 零售额 9000万」直接改某项回答（也可以直接说「零售额改成9000万」）",
    // (「更正下 是5800万 刚才手滑打错了」: with no fact named after the verb, the message is read as a correction.)
    run: (s, out, _ctx, m) =>
      correct(s, m![0], namesKnown(m![1]!, s) ? m![1]! : (readCorrection(m![0], s) ?? m![1]!), out),
  },
  {
    says: ["取消", "退出", "算了", "不申报了", "放弃"],
    run: (s, out) => cancelApplication(s, out),
  },
  {
    says: ["确认提交", "确认", "提交", "确定提交"],
    where: atSummary,
    run: (s, out, ctx) => submitApplication(s, out, ctx),
  },
  {
    says: [
      "仍然提交",
      "仍要提交",
      "依然提交",
      "坚持提交",
      "还是提交",
      "确认重复提交",
      "确定再次提交",
      "再次提交",
    ],
    where: (s) => s.mode === "confirm" && !!s.duplicateOf,
    run: (s, out, ctx) => confirmRepeatFiling(s, out, ctx),
  },
  {
    // A short greeting (「你好」「在吗」), not a sentence that begins with one.
    pattern: /^(?=.{1,8}$)(你好|您好|hi|hello|在吗|在么|哈喽|嗨|早上好|下午好|晚上好)/i,
    run: (s, out) => out.replies.push(s.mode === "menu" ? GREETING : `您好！${whereNow(s)}`),
  },
  {
    pattern: /^[1-5]$/,
    where: (s) => s.mode === "menu",
    run: (s, out, ctx, m, t) => MENU_CHOICES[m![0]]!(s, out, ctx, m, t),
  },
  {
    // After the results, a bare number points at an item: 「1」 = 「详情 1」.
    pattern: /^\d{1,2}$/,
    where: (s) => s.mode === "results",
    run: (s, out, _ctx, m) => detail(s, out, Number(m![0])),
  },
];

/** 「帮助」: every listed row's line, in the table's order, and a word on asking freely. */
export const HELP = [
  "常用指令：",
  ...COMMANDS.flatMap((c) => (c.help ? [c.help] : [])),
  "也可以直接提问，例如「纳统是什么意思」，或直接说情况，例如「我们村去年卖了1500万，有25家网店」。",
].join("\n");

export interface CommandCall {
  row: CommandRow;
  match: RegExpExecArray | null;
}

/** The command a message calls here, or null when it is no command (an answer, a question, facts…). */
/** Whether the words after 「修改」 name a fact answered already (「直播那块」 names the live room only by reading). */
function namesKnown(rest: string, s: DialogState): boolean {
  const named = findFact(rest, s.history);
  return named !== null && named.candidates.some((f) => s.facts[f] !== undefined);
}

const BACK_TO_FIGURE =
  /^(?:哎呀|哎|哦|嗯|那)?[，,\s]*(?:算了)?[，,\s]*(?:那)?(?:还是)?(?:(?:按|用|写|照|改回)(?:原来|之前|一开始|最开始|刚开始|最初|第一次)(?:说|报|填|写)?的?|改回到?|退回到?)(?:那个)?\s*(\d+(?:\.\d+)?)\s*(万元|万|亿|元)?(?:吧|就行|就好|来)?$/;

export function readCommand(text: string, s: DialogState): CommandCall | null {
  const t = text.replace(/[。！!？?～~]+$/, "") || text;
  for (const row of COMMANDS) {
    if (row.where && !row.where(s)) continue;
    if (row.says?.some((p) => p.toLowerCase() === t.toLowerCase())) return { row, match: null };
    const match = row.pattern?.exec(t) ?? null;
    if (match) return { row, match };
    if (row.test?.(t)) return { row, match: null };
  }
  return null;
}
