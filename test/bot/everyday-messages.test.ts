// Everyday messages, as people type them on a phone, with the reading each must get — driven through
// startConversation / handleMessage exactly as contract §7–§8 say: answers in many spellings, facts in
// sentences, corrections, questions about the policy, small talk, hedges, typos and mixed units.

import { describe, expect, it } from "vitest";
import { startConversation, type DialogState } from "../../bot/dialog.ts";
import type { AskableFact, SubjectType } from "../../rules/index.ts";
import { asked, NOW, say } from "../support/dialog.ts";

const now = NOW;

/** An enterprise that said its sales were 3,000 万 and is now asked the next question. */
function enterpriseAfterSales(): DialogState {
  let s = startConversation({ now });
  for (const m of ["自测", "1", "3000万"]) s = say(s, m).state;
  return s;
}

// ── Answers to the pending question ──────────────────────────────────────────────────────────────

const AMOUNTS: [string, number][] = [
  ["3500万", 35_000_000],
  ["十万", 100_000],
  ["一个亿", 100_000_000],
  ["1.2个亿", 120_000_000],
  ["3200万吧", 32_000_000],
  ["3200万。", 32_000_000],
  ["我们去年卖了3200万", 32_000_000],
  ["3千万", 30_000_000],
  ["0.3亿", 30_000_000],
  ["3000w", 30_000_000],
  ["3000W", 30_000_000],
  ["三千二百万", 32_000_000],
  ["3,200万", 32_000_000],
  ["3200万元", 32_000_000],
  ["约3200万", 32_000_000],
  ["3200万左右", 32_000_000],
  ["好像是3200万", 32_000_000],
  ["应该是3200万吧", 32_000_000],
  ["大概四千来万", 40_000_000],
  ["五千多万", 50_000_000],
  ["1200余万元", 12_000_000],
  ["没有", 0],
  ["0", 0],
  ["一千五百万元整", 15_000_000],
  ["1500万块", 15_000_000],
  ["1.5千万", 15_000_000],
  ["两亿", 200_000_000],
  ["2亿元", 200_000_000],
  ["８０００万", 80_000_000],
  ["8000 万", 80_000_000],
  ["一亿两千万", 120_000_000],
  ["2800元", 2_800],
  ["100000", 100_000],
  ["３５００万", 35_000_000],
  ["三千五百万元", 35_000_000],
  ["3500万元左右吧", 35_000_000],
  ["大约3500万", 35_000_000],
  ["估计有3500万", 35_000_000],
  ["2999万", 29_990_000],
  ["3000万整", 30_000_000],
];

const YES_NO: [string, boolean][] = [
  ["是", true],
  ["是的", true],
  ["对", true],
  ["对的", true],
  ["有的", true],
  ["是啊", true],
  ["yes", true],
  ["已经纳统了", true],
  ["应该纳统了吧", true],
  ["我们已经纳统", true],
  ["当然", true],
  ["没错", true],
  ["否", false],
  ["没有", false],
  ["不是", false],
  ["还没有", false],
  ["没纳统", false],
  ["好像没有", false],
  ["没", false],
  ["还没", false],
  ["尚未", false],
  ["不是的", false],
  ["no", false],
  ["暂时没有", false],
  ["可能没纳统", false],
  ["都没有", false],
  ["对头", true],
  ["是滴", true],
  ["不", false],
  ["没有的", false],
  ["我们没有", false],
];

const COUNTS: [string, number][] = [
  ["25家", 25],
  ["二十五家", 25],
  ["25个", 25],
  ["有25家左右", 25],
  ["大概25家", 25],
  ["25", 25],
  ["二十多家", 21],
  ["三十来家", 30],
  ["一百家", 100],
  ["十家", 10],
  ["一共120家", 120],
  ["１８家", 18],
  ["20家", 20],
  ["19家", 19],
  ["有三十家", 30],
  ["三十家左右", 30],
  ["约40家", 40],
  ["40个吧", 40],
];

const MONTHS: [string, number][] = [
  ["2年", 24],
  ["两年", 24],
  ["18个月", 18],
  ["一年半", 18],
  ["一年多", 12],
  ["不到一年", 11],
  ["半年", 6],
  ["三年多了", 36],
  ["刚满一年", 12],
  ["13个月", 13],
  ["11个月", 11],
  ["12个月", 12],
  ["2020年入库", 66],
  ["2025年3月入库的", 15],
  ["两年半", 30],
  ["3年", 36],
  ["已经满两年了", 24],
  ["一年零三个月", 15],
];

const PERCENTS: [string, number][] = [
  ["85%", 85],
  ["百分之八十五", 85],
  ["八成五", 85],
  ["85", 85],
  ["九成", 90],
  ["80%", 80],
  ["79%", 79],
  ["100%", 100],
  ["七成多吧", 70],
];

const INFLUENCE: [string, string][] = [
  ["全国", "national"],
  ["全省", "provincial"],
  ["1", "national"],
  ["2", "provincial"],
  ["省级", "provincial"],
  ["国家级", "national"],
  ["市级的", "other"],
  ["3", "other"],
];

const LOANS: [string, number][] = [
  ["不需要", 0],
  ["200万", 2_000_000],
  ["想贷500万", 5_000_000],
  ["暂时不用", 0],
  ["1000万", 10_000_000],
  ["五百万吧", 5_000_000],
  ["10万", 100_000],
  ["不用", 0],
];

const SUBJECTS: [string, SubjectType][] = [
  ["1", "enterprise"],
  ["企业", "enterprise"],
  ["公司", "enterprise"],
  ["2", "village"],
  ["行政村", "village"],
  ["村", "village"],
  ["3", "town"],
  ["乡镇", "town"],
  ["镇", "town"],
  ["4", "park"],
  ["园区", "park"],
  ["电商产业园区", "park"],
  ["我们是企业", "enterprise"],
  ["网店", "enterprise"],
  ["村委会", "village"],
  ["镇政府", "town"],
];

describe("answers to the pending question, as people type them", () => {
  it.each(AMOUNTS)("reads the sales figure 「%s」 as %i 元", (text, yuan) => {
    expect(
      say(asked("physicalGoodsRetailYuan", "enterprise"), text).state.facts.physicalGoodsRetailYuan,
    ).toBe(yuan);
  });
  it.each(YES_NO)("reads 「%s」 about 纳统 as %s", (text, yes) => {
    expect(say(asked("counted", "enterprise"), text).state.facts.counted).toBe(yes);
  });
  it.each([
    ["physicalGoodsRetailYuan", "enterprise", "大概三千来万"],
    ["physicalGoodsRetailYuan", "enterprise", "3000万左右"],
    ["activeShops", "village", "二十家左右"],
    ["activeShops", "village", "二十来家吧"],
  ] as [AskableFact, SubjectType, string][])(
    "asks back an approximate figure at a bar (%s of a %s: 「%s」), writing nothing",
    (fact, subject, text) => {
      const turn = say(asked(fact, subject), text);
      expect(turn.state.facts[fact]).toBeUndefined();
      expect(turn.state.asking).toBe(fact);
      expect(turn.replies.join("\n")).toContain("标准很近");
    },
  );
  it.each(COUNTS)("reads the number of shops 「%s」 as %i", (text, n) => {
    expect(say(asked("activeShops", "village"), text).state.facts.activeShops).toBe(n);
  });
  it.each(MONTHS)("reads the time in the database 「%s」 as %i months", (text, n) => {
    expect(say(asked("monthsInDatabase", "enterprise"), text).state.facts.monthsInDatabase).toBe(n);
  });
  it.each(PERCENTS)("reads the share of parcels 「%s」 as %i %%", (text, n) => {
    expect(say(asked("parcelSharePercent", "enterprise"), text).state.facts.parcelSharePercent).toBe(n);
  });
  it.each(INFLUENCE)("reads the event's reach 「%s」 as %s", (text, v) => {
    expect(say(asked("eventInfluence", "enterprise"), text).state.facts.eventInfluence).toBe(v);
  });
  it.each(LOANS)("reads the loan 「%s」 as %i 元", (text, yuan) => {
    expect(say(asked("loanAmountYuan", "enterprise"), text).state.facts.loanAmountYuan).toBe(yuan);
  });
  it.each(SUBJECTS)("reads who applies 「%s」 as %s", (text, subject) => {
    expect(say(asked("subjectType", "enterprise"), text).state.facts.subjectType).toBe(subject);
  });
});

// ── Facts in a first message ─────────────────────────────────────────────────────────────────────

const SENTENCES: [string, Record<string, unknown>][] = [
  [
    "村里去年网络零售额1500万，活跃网店25家",
    { subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 },
  ],
  [
    "我们村一年卖1200多万，网店30来家",
    { subjectType: "village", onlineRetailYuan: 12_000_000, activeShops: 30 },
  ],
  [
    "我们村有28家网店，去年销售额1100万元",
    { subjectType: "village", activeShops: 28, onlineRetailYuan: 11_000_000 },
  ],
  [
    "我们村卖了1500万元，有25家网店",
    { subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 },
  ],
  [
    "活跃网店25家，村里网络零售额1500万",
    { subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 },
  ],
  ["你好，我们村去年卖了1500万", { subjectType: "village", onlineRetailYuan: 15_000_000 }],
  ["我是镇上的，全镇网络零售额1.5亿", { subjectType: "town", onlineRetailYuan: 150_000_000 }],
  ["镇上有5个电商村", { subjectType: "town", ecommerceVillages: 5 }],
  [
    "我们镇有4个电商村，网络零售额1.2亿",
    { subjectType: "town", ecommerceVillages: 4, onlineRetailYuan: 120_000_000 },
  ],
  ["全镇8000万，活跃网店120家", { subjectType: "town", onlineRetailYuan: 80_000_000, activeShops: 120 }],
  [
    "我们公司今年实物商品网络零售额8000万",
    { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 },
  ],
  [
    "公司在淄川，去年线上卖了3500万，没有纳统",
    { subjectType: "enterprise", counted: false, physicalGoodsRetailYuan: 35_000_000 },
  ],
  [
    "我们开了个新店，今年卖了5000多万",
    { subjectType: "enterprise", newShop: true, shopRetailYuan: 50_000_000 },
  ],
  [
    "店铺从杭州迁回淄博了，今年卖了3200万",
    { subjectType: "enterprise", relocatedShop: true, shopRetailYuan: 32_000_000 },
  ],
  ["想贷款200万", { subjectType: "enterprise", loanAmountYuan: 2_000_000 }],
  ["我们是物流公司，整合了6家快递", { subjectType: "enterprise", expressCompanies: 6 }],
  [
    "我们自播今年卖了2600万，在库两年",
    { subjectType: "enterprise", selfLiveRetailYuan: 26_000_000, monthsInDatabase: 24 },
  ],
  [
    "我们是生产企业，找主播带货卖了2500万",
    { subjectType: "enterprise", productionEnterprise: true, thirdPartyLiveRetailYuan: 25_000_000 },
  ],
  ["园区被评为国家级示范基地", { subjectType: "park", nationalDemoNewlyRecognized: true }],
  ["我们承办了全省直播大赛", { subjectType: "enterprise", hostsEvent: true, eventInfluence: "provincial" }],
  [
    "老板让我问一下，我们公司一年卖3个亿能拿多少补贴",
    { subjectType: "enterprise", physicalGoodsRetailYuan: 300_000_000 },
  ],
  [
    "我们是MCN，网络零售额一个亿，已经纳统了",
    { subjectType: "enterprise", mcn: true, onlineRetailYuan: 100_000_000, counted: true },
  ],
  [
    "公司还没纳统，和第三方直播合作卖了2100万",
    { subjectType: "enterprise", counted: false, thirdPartyLiveRetailYuan: 21_000_000 },
  ],
  [
    "我们公司实物商品卖了8000万，自播做了2500万",
    { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, selfLiveRetailYuan: 25_000_000 },
  ],
  [
    "公司去年卖了3200万，想贷款500万",
    { subjectType: "enterprise", physicalGoodsRetailYuan: 32_000_000, loanAmountYuan: 5_000_000 },
  ],
  [
    "我们企业不是生产企业，自播卖了3000万",
    { subjectType: "enterprise", productionEnterprise: false, selfLiveRetailYuan: 30_000_000 },
  ],
  ["我们公司去年卖了3000w", { subjectType: "enterprise", physicalGoodsRetailYuan: 30_000_000 }],
  [
    "公司一年卖0.5亿，已经纳统",
    { subjectType: "enterprise", counted: true, physicalGoodsRetailYuan: 50_000_000 },
  ],
];

describe("facts in a first message", () => {
  it.each(SENTENCES)("takes 「%s」", (text, facts) => {
    const t = say(startConversation({ now }), text);
    expect(t.state.facts).toEqual(facts);
    expect(t.replies[0]).toMatch(/^(您好！)?我记下了：/);
  });
});

// ── Corrections ──────────────────────────────────────────────────────────────────────────────────

const CORRECTIONS = [
  "不对不对 是3200万",
  "零售额改成3200万",
  "刚才说错了 应该是3200万",
  "不对，应该是3200万",
  "错了，3200万",
  "实物商品零售额改为3200万",
  "我说错了，是三千二百万",
  "更正：3200万",
  "修改 零售额 3200万",
  "等一下，零售额应该是3200万",
  "sorry 是3200万",
  "上一个填错了，3200万",
  "不是3000万，是3200万",
  "刚才那个是3200万",
  "哦不对是3200万",
  "销售额是3200万不是3000万",
  "零售额不对，应该是3200万",
  "不好意思，是3200万",
];

describe("corrections in everyday words", () => {
  it.each(CORRECTIONS)("replaces the sales figure on 「%s」 and says what it was", (text) => {
    const s = enterpriseAfterSales();
    const t = say(s, text);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.replies.join("\n")).toContain("3000 万元");
  });
});

// ── Questions about the policy ───────────────────────────────────────────────────────────────────

const QUESTIONS: [string, string][] = [
  ["纳统是什么意思", "纳统"],
  ["MCN是什么", "第五条"],
  ["齐鲁电商贷怎么贷款", "第八条"],
  ["直播带货有什么补贴？", "第五条"],
  ["政策什么时候到期", "2027年9月30日"],
  ["怎么申请", "自测"],
  ["材料要哪些", "营业执照"],
  ["多久能到账", "没有规定"],
  ["外地的网店搬回淄博有奖励吗", "第三条"],
  ["看下第八条", "齐鲁电商贷"],
  ["第五条说的啥", "直播"],
  ["可以同时申请几个吗", "没有写明"],
  ["贷款利息多少", "承办银行"],
  ["活跃网店怎么算", "第一条"],
  ["什么是五统一", "第七条"],
  ["电商镇怎么认定", "第一条"],
  ["示范园区有啥奖励", "第四条"],
  ["谁审核", "市商务局"],
  ["补贴是最高还是固定", "最高"],
  ["龙头企业补贴怎么算", "第二条"],
  ["新开的网店有奖励吗", "第三条"],
  ["在库是什么意思", "12 个月"],
  ["成长良好怎么认定", "市商务局"],
  ["实物商品网络零售额是指什么", "第二条"],
  ["电商村标准", "1000 万元"],
  ["自播是什么", "第五条"],
  ["一事一议是什么意思", "第六条"],
  ["能叠加吗", "没有写明"],
  ["个体户能申请吗", "没有写明"],
  ["有什么奖励", "八条"],
  ["电商人才有什么政策", "第六条"],
  ["外地企业能申请吗", "淄博"],
  ["纳统数据在哪里查", "商务部门"],
  ["政策有效期多久", "2022年10月1日"],
  ["物流信息平台有补贴吗", "第七条"],
  ["MCN机构奖励标准", "1 亿元"],
  ["钱怎么发", "预算"],
  ["去年拿过自播奖励今年还能拿吗", "首次"],
  ["电商园区有奖励吗", "第四条"],
  ["区县有自己的政策吗", "区县"],
  ["佣金能补多少", "佣金"],
  ["电商村和电商镇能同时拿吗", "没有写明"],
  ["电商村能拿多少钱", "30 万元"],
  ["电商镇奖励多少", "50 万元"],
  ["回迁店铺奖励多少", "第三条"],
  ["新注册店铺要什么条件", "纳统"],
  ["MCN要满足什么条件", "在库"],
  ["佣金补助最多多少", "20 万元"],
  ["配送中心补多少", "50 万元"],
  ["信息平台要整合多少单量", "80%"],
  ["贷款额度多少", "1000 万元"],
  ["申报需要营业执照吗", "营业执照"],
  ["政策谁负责解释", "市商务局"],
  ["第一条讲什么", "电商村"],
  ["什么叫活跃网店", "正常经营"],
  ["补贴什么时候发", "预算"],
  ["直播补贴怎么申请", "自测"],
];

describe("questions about the policy, mid-self-test", () => {
  it.each(QUESTIONS)(
    "answers 「%s」 with what the policy says, then asks the pending question again",
    (q, said) => {
      const s = enterpriseAfterSales();
      const t = say(s, q);
      expect(t.replies.join("\n")).toContain(said);
      expect(t.state.asking).toBe(s.asking);
      expect(t.state.facts).toEqual(s.facts);
      expect(t.replies.at(-1)).toContain("国家级电子商务示范");
    },
  );
});

// ── Small talk, stickers and English ─────────────────────────────────────────────────────────────

const SMALL_TALK: [string, string][] = [
  ["谢谢", "不客气"],
  ["谢谢你", "不客气"],
  ["多谢！", "不客气"],
  ["辛苦了", "不客气"],
  ["明白了谢谢", "不客气"],
  ["thanks", "不客气"],
  ["再见", "再见"],
  ["拜拜", "再见"],
  ["在吗", "您好"],
  ["在吗？", "您好"],
  ["你好", "您好"],
  ["早上好", "您好"],
  ["?", "可以直接问我"],
  ["？？", "可以直接问我"],
  ["[微笑]", "😊"],
  ["👍", "😊"],
  ["😊😊", "😊"],
  ["哈哈", "😊"],
  ["666", "😊"],
  ["你是机器人吗", "政策通"],
  ["你叫什么", "政策通"],
  ["知道了", "好的"],
  ["收到", "好的"],
  ["好的谢谢", "不客气"],
  ["拜拜了", "再见"],
  ["有人吗", "您好"],
  ["下午好", "您好"],
  ["好的", "您是说「是」吗"],
  ["嗯", "您是说「是」吗"],
];

describe("small talk never gets 「没明白」 and leaves the question where it was", () => {
  it.each(SMALL_TALK)("answers 「%s」 fittingly", (text, said) => {
    const s = enterpriseAfterSales();
    const t = say(s, text);
    const reply = t.replies.join("\n");
    expect(reply).toContain(said);
    expect(reply).not.toContain("没明白");
    expect(reply).not.toContain("没能看懂");
    expect(t.state.asking).toBe(s.asking);
    expect(t.state.facts).toEqual(s.facts);
  });

  it.each([
    "Hello, I want to apply",
    "How much can I get?",
    "what is this",
    "Hi there, do you speak English",
  ])("answers English 「%s」 with one Chinese line, one English line and the pending question", (text) => {
    const s = enterpriseAfterSales();
    const t = say(s, text);
    expect(t.replies.join("\n")).toContain("本助手使用中文服务");
    expect(t.replies.join("\n")).toContain("This assistant speaks Chinese");
    expect(t.state.asking).toBe(s.asking);
  });
});

// ── Doubtful readings ────────────────────────────────────────────────────────────────────────────

const DOUBTS: [AskableFact, SubjectType, string][] = [
  ["physicalGoodsRetailYuan", "enterprise", "2800"],
  ["physicalGoodsRetailYuan", "enterprise", "50"],
  ["physicalGoodsRetailYuan", "enterprise", "9999999亿"],
  ["onlineRetailYuan", "village", "1500"],
  ["activeShops", "village", "25000家"],
  ["activeShops", "town", "2万家"],
  ["ecommerceVillages", "town", "400个"],
  ["expressCompanies", "enterprise", "60家"],
  ["parcelSharePercent", "enterprise", "120%"],
  ["parcelSharePercent", "enterprise", "百分之一百五"],
  ["monthsInDatabase", "enterprise", "50年"],
  ["expressCompanies", "enterprise", "3500万"],
];

describe("doubtful readings are asked back, not written", () => {
  it.each(DOUBTS)("asks back %s 「%s」", (fact, subject, text) => {
    const s = asked(fact, subject);
    const t = say(s, text);
    expect(t.state.facts[fact]).toBeUndefined();
    expect(t.state.asking).toBe(fact);
    expect(t.replies.join("\n")).not.toContain("收到");
  });
});

// ── The application's steps ──────────────────────────────────────────────────────────────────────

/** An enterprise with 8,000 万 of sales and nothing else, at the application step `step`. */
function atStep(step: string): DialogState {
  let s = startConversation({ now });
  for (const m of ["自测", "1", "8000万", "否", "都没有", "不需要"]) s = say(s, m).state;
  s = say(s, "申报").state;
  const answers: Record<string, string> = {
    consent: "同意",
    name: "淄博某某电子商务有限公司",
    uscc: "91350100M000100Y43",
    district: "张店区",
    contactName: "张三",
  };
  for (let i = 0; i < 8 && s.applyStep !== step; i++) s = say(s, answers[s.applyStep!]!).state;
  expect(s.applyStep).toBe(step);
  return s;
}

const STEPS: [string, string, string, string][] = [
  ["consent", "同意", "applyStep", "name"],
  ["consent", "好的", "applyStep", "name"],
  ["consent", "可以", "applyStep", "name"],
  ["uscc", "91350100M000100Y43", "uscc", "91350100M000100Y43"],
  ["uscc", "9135 0100 M000 100Y 43", "uscc", "91350100M000100Y43"],
  ["uscc", "91350100m000100y43", "uscc", "91350100M000100Y43"],
  ["district", "张店区", "district", "张店区"],
  ["district", "张店", "district", "张店区"],
  ["district", "1", "district", "张店区"],
  ["district", "淄川区", "district", "淄川区"],
  ["contactName", "李四", "contactName", "李四"],
  ["contactPhone", "13800000000", "contactPhone", "13800000000"],
  ["contactPhone", "138 0000 0000", "contactPhone", "13800000000"],
  ["contactPhone", "0533-1234567", "contactPhone", "0533-1234567"],
];

describe("the application's steps", () => {
  it.each(STEPS)("at %s reads 「%s」 (%s: %s)", (step, text, key, value) => {
    const t = say(atStep(step), text);
    if (key === "applyStep") expect(t.state.applyStep).toBe(value);
    else expect(t.state.applicant[key as keyof DialogState["applicant"]]).toBe(value);
  });
});

// ── What a second pair of eyes found, typed as they typed it ─────────────────────────────────────

/** A conversation after these answers, from the start of a self-test. */
function after(...answers: string[]): DialogState {
  let s = say(startConversation({ now }), "自测").state;
  for (const a of answers) s = say(s, a).state;
  return s;
}

describe("messages a tester typed", () => {
  it.each([
    ["onlineRetailYuan", "village", "一千五"],
    ["physicalGoodsRetailYuan", "enterprise", "今年卖了2800"],
    ["activeShops", "village", "网店好像是18家还是19家"],
    ["nationalDemoNewlyRecognized", "enterprise", "1"],
    ["subjectType", "enterprise", "网店改成22家"],
  ] as const)("does not write %s from 「%s」 without asking", (fact, subject, text) => {
    const s = fact === "subjectType" ? after() : asked(fact, subject);
    expect(say(s, text).state.facts[fact]).toBeUndefined();
  });

  it("keeps the sales, not the commission, of 「找了个主播带货卖了两千二百万，佣金给了三百多万」", () => {
    const t = say(
      asked("thirdPartyLiveRetailYuan", "enterprise"),
      "找了个主播带货卖了两千二百万，佣金给了三百多万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(22_000_000);
  });

  it("reads 「不是刚说了吗 6000万」 as 6000 万, not as 「没有」", () => {
    expect(
      say(asked("physicalGoodsRetailYuan", "enterprise"), "不是刚说了吗 6000万").state.facts
        .physicalGoodsRetailYuan,
    ).toBe(60_000_000);
  });

  it("takes 「哦对了，零售额其实是3千零50万，刚才少算了一个店」 as a correction, not as 「是」", () => {
    const t = say(after("1", "3000万"), "哦对了，零售额其实是3千零50万，刚才少算了一个店");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(30_500_000);
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
  });

  it("corrects the fact a sentence names inside it: 「不对，我们不是国家级示范企业，刚才按错了」", () => {
    const t = say(after("1", "3000万", "是"), "不对，我们不是国家级示范企业，刚才按错了");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(30_000_000);
  });

  it.each([
    ["不对，网店有22家，刚数了", "activeShops", 22],
    ["不对，是19家", "activeShops", 19],
  ] as const)("corrects the shops on 「%s」", (text, fact, value) => {
    const s = after("2", "1500万", "18家");
    expect(say(s, text).state.facts[fact]).toBe(value);
  });

  it.each([
    ["不对，我们是2000多万，1.2亿是全集团的", 20_000_000],
    ["等等 我看错了 应该是2900多万", 29_000_000],
    ["零售额其实是一千五百多万，不是一千五", 15_000_000],
  ])("corrects the sales on 「%s」", (text, yuan) => {
    const t = say(after("1", "1.2亿"), text);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(yuan);
  });

  it("answers a what-if after the results without writing it", () => {
    let s = after("3", "1.5亿");
    for (let i = 0; i < 10 && s.mode === "assess"; i++) s = say(s, "跳过").state;
    const t = say(s, "那要是零售额是5千多万呢");
    expect(t.state.facts).toEqual(s.facts);
    expect(t.replies.join("")).toContain("零售额改成");
  });

  it("does not count 「一家」 in 「我们是张店的一家食品公司」 as a shop", () => {
    const t = say(startConversation({ now }), "我们是张店的一家食品公司");
    expect(t.state.facts.activeShops).toBeUndefined();
  });

  it("takes 「已经纳统了」 said to another yes-or-no question as 纳统, not as a 「是」 to that question", () => {
    const t = say(after("1", "2800万"), "已经纳统了");
    expect(t.state.facts.counted).toBe(true);
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("takes the amount of 「需要，想贷个五十万」", () => {
    expect(say(asked("loanAmountYuan", "enterprise"), "需要，想贷个五十万").state.facts.loanAmountYuan).toBe(
      500_000,
    );
  });

  it("does not list a loan the person does not need as a failure", () => {
    const t = say(after("1", "8000万", "否", "都没有"), "不需要");
    expect(t.replies.join("\n")).not.toContain("❌ 第八条");
  });
});

describe("growth, typos and restarts", () => {
  it.each([
    ["挺好的，比去年涨了30%", true],
    ["增长挺快的，比去年翻了一番", true],
    ["比去年下降了", false],
  ])("reads 「%s」 about growing well as %s", (text, yes) => {
    expect(say(asked("growingWell", "enterprise"), text).state.facts.growingWell).toBe(yes);
  });

  it.each(["自侧", "zice", "测一下"])("starts a self-test on the typo 「%s」", (text) => {
    expect(say(startConversation({ now }), text).state.asking).toBe("subjectType");
  });

  it("says 「好的」 once when starting over", () => {
    const reply = say(after("1"), "重新开始").replies.join("");
    expect(reply.match(/好的/g)?.length).toBe(1);
  });
});
