// From approval to payment at scale (issue 24): a round of 10,000 approved applications is published
// (公示), its public page rendered (one page of the list), and its payment list computed (scaled pro
// rata), each asked of an API process on PostgreSQL; the baseline, in the same run, is reading the same
// 10,000 applications with their clauses over pg in this process (the floor: every step reads them).

import pg from "pg";

interface Deps {
  startApi: (env: Record<string, string>) => Promise<{ url: string; stop: () => Promise<void> }>;
  freshSchemaUrl: () => Promise<{ url: string; drop: () => Promise<void> }>;
  application: () => object;
  rows: number;
}

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const secondsOf = async (fn: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

export async function benchReview(d: Deps) {
  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token, BOT_TOKEN: "bench-bot" });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    return text;
  };
  const schema = new URL(db.url).searchParams.get("schema")!;
  const client = new pg.Client({ connectionString: db.url.split("?")[0] });
  try {
    const round = JSON.parse(
      await call("POST", "/api/rounds", {
        title: "2025年度电子商务高质量发展奖励资金申报（压测）",
        figuresYear: 2025,
        opensOn: day(-1),
        closesOn: day(30),
        clauses: ["village", "town", "leading-enterprise"],
        budgetYuan: 1_000_000_000,
      }),
    ) as { id: string };
    const filed = JSON.parse(
      await call("POST", "/api/applications", d.application(), { "idempotency-key": "seed" }),
    ) as { number: string };
    await client.connect();
    await client.query(`SET search_path TO "${schema}"`);
    // Copies of the one filed, numbered on from it in its own number series (a round's applications are
    // numbered by the filing year, not the figures year), with its clauses.
    const prefix = filed.number.slice(0, 8);
    await client.query(
      `INSERT INTO "applications" ("id", "number", "year", "applicant_id", "applicant_snapshot", "wechat_id",
         "district", "subject_type", "facts", "assessment", "status", "requested_amount_yuan", "submitted_by",
         "round_id", "created_at", "updated_at")
       SELECT gen_random_uuid(), $2 || lpad((100000 + g)::text, 6, '0'), a."year", a."applicant_id",
         jsonb_set(a."applicant_snapshot", '{name}', to_jsonb('淄博某某电子商务有限公司' || g)), a."wechat_id",
         (ARRAY['张店区','淄川区','博山区','临淄区','周村区','桓台县'])[1 + g % 6], a."subject_type", a."facts",
         a."assessment", a."status", a."requested_amount_yuan", a."submitted_by", a."round_id",
         a."created_at" + g * interval '1 second', now()
       FROM "applications" a, generate_series(1, $3::int) g WHERE a."number" = $1`,
      [filed.number, prefix, d.rows - 1],
    );
    await client.query(
      `INSERT INTO "application_clauses" ("application_id", "clause", "article", "kind", "status",
         "max_amount_yuan", "estimated_amount_yuan")
       SELECT c."id", ac."clause", ac."article", ac."kind", ac."status", ac."max_amount_yuan", ac."estimated_amount_yuan"
       FROM "applications" c JOIN "applications" a ON a."number" = $1
       JOIN "application_clauses" ac ON ac."application_id" = a."id"
       WHERE c."number" LIKE $2 || '1%' AND c."id" <> a."id"`,
      [filed.number, prefix],
    );
    // Every copy approved in the round, at amounts that differ (so the scaling rounds), over the budget.
    await client.query(
      `UPDATE "applications" SET "round_id" = $1::uuid, "status" = 'approved',
         "approved_amount_yuan" = 100000 + (abs(hashtext("number")) % 200000)`,
      [round.id],
    );
    await client.query("ANALYZE");

    const baselineSeconds = await secondsOf(() =>
      client.query(
        `SELECT a."id", a."number", a."applicant_snapshot"->>'name', a."district", a."approved_amount_yuan",
                array_agg(ac."clause")
         FROM "applications" a JOIN "application_clauses" ac ON ac."application_id" = a."id"
         WHERE a."round_id" = $1::uuid AND a."status" = 'approved' GROUP BY a."id"`,
        [round.id],
      ),
    );

    const publish = await secondsOf(() =>
      call("POST", `/api/rounds/${round.id}/publication`, { startsOn: day(0), days: 7 }),
    );
    const pageTimes: number[] = [];
    let pageBytes = 0;
    for (const p of [1, 25, 50]) {
      pageTimes.push(
        await secondsOf(async () => {
          pageBytes = (await call("GET", `/gongshi/${round.id}?page=${p}`)).length;
        }),
      );
    }
    pageTimes.sort((a, b) => a - b);
    // The period over: moved back in the database (the API reads its own clock).
    await client.query(
      `UPDATE "publications" SET "starts_on" = $2::date, "ends_on" = $3::date WHERE "round_id" = $1::uuid`,
      [round.id, day(-8), day(-1)],
    );
    let list = { totalYuan: 0, approvedTotalYuan: 0, remainderYuan: 0, items: [] as unknown[] };
    const payments = await secondsOf(async () => {
      list = JSON.parse(await call("POST", `/api/rounds/${round.id}/payments`)) as typeof list;
    });
    return {
      rows: d.rows,
      baselineSeconds,
      publishSeconds: publish,
      pageSeconds: pageTimes[1]!,
      pageBytes,
      paymentsSeconds: payments,
      payable: list.items.length,
      totalYuan: list.totalYuan,
      approvedTotalYuan: list.approvedTotalYuan,
      remainderYuan: list.remainderYuan,
    };
  } finally {
    await client.end().catch(() => {});
    await api.stop();
    await db.drop();
  }
}
