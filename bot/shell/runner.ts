// One talker's message through the core, shared by every channel: load the state, run the core,
// save the state, run the effects, and return what to send. Messages of one talker are handled one
// at a time, in order; different talkers run side by side.

import type { Logger } from "pino";
import { ApiUnavailableError, type ApiClient } from "./api-client.ts";
import {
  handleMessage,
  handleModelReading,
  handleSubmitOutcome,
  offerInvitation,
  startConversation,
  type InvitationDraft,
  type Effect,
  type SubmitOutcome,
  type RoundNotice,
} from "../core/dialog.ts";
import type { Outbox } from "./outbox.ts";
import { createSerial } from "../core/serial.ts";
import { statusMessage, STATUS_NOT_CONNECTED, STATUS_UNAVAILABLE } from "../core/status.ts";
import type { BotStore, OutboxItem } from "./store.ts";
import type { UnderstandingModel } from "./understanding-model.ts";
import type { SubmitResult } from "./api-client.ts";

export interface RunnerDeps {
  store: BotStore;
  /** Absent when no API is configured: submissions and status queries say so plainly. */
  outbox: Outbox | null;
  api: (Pick<ApiClient, "listApplications" | "optOut"> & Partial<Pick<ApiClient, "listRounds">>) | null;
  notifyStaff: (text: string) => Promise<void>;
  logger: Logger;
  now?: () => Date;
  newId?: () => string;
  /** The optional understanding model (UNDERSTANDING_MODEL_URL); absent: off. */
  model?: UnderstandingModel | null;
}

export function createRunner(d: RunnerDeps) {
  const now = d.now ?? (() => new Date());
  const newId = d.newId ?? (() => crypto.randomUUID());
  /** Runs a function after everything queued for this talker. */
  const serial = createSerial();
  // The rounds change a few times a year: read at most once a minute; unknown while the API is away.
  let rounds: { at: number; items: readonly RoundNotice[] } | null = null;
  async function currentRounds(): Promise<readonly RoundNotice[] | undefined> {
    if (!d.api?.listRounds) return undefined;
    const t = now().getTime();
    if (rounds && t - rounds.at < 60_000) return rounds.items;
    try {
      rounds = { at: t, items: await d.api.listRounds() };
      return rounds.items;
    } catch (err) {
      d.logger.warn({ err }, "could not read the rounds");
      return rounds?.items;
    }
  }

  async function load(talker: string) {
    return (
      (await d.store.loadState(talker)) ?? startConversation({ id: newId(), wechatId: talker, now: now() })
    );
  }

  async function applyOutcome(talker: string, outcome: SubmitOutcome): Promise<string[]> {
    const state = await load(talker);
    const turn = handleSubmitOutcome(state, outcome);
    await d.store.saveState(talker, turn.state);
    return turn.replies;
  }

  async function runEffect(talker: string, effect: Effect): Promise<string[]> {
    switch (effect.type) {
      case "submit": {
        if (!d.outbox) return applyOutcome(talker, { kind: "unavailable" });
        const r = await d.outbox.enqueue(talker, effect.idempotencyKey, effect.application);
        return applyOutcome(talker, toOutcome(r));
      }
      case "query_status": {
        if (!d.api) return [STATUS_NOT_CONNECTED];
        if (!effect.wechatId) return ["无法识别您的微信身份，暂时不能查询进度。"];
        try {
          return [statusMessage(await d.api.listApplications(effect.wechatId))];
        } catch (e) {
          if (e instanceof ApiUnavailableError) return [STATUS_UNAVAILABLE];
          throw e;
        }
      }
      case "opt_out":
        if (!d.api || !effect.wechatId) return [];
        await d.api
          .optOut(effect.wechatId)
          .catch((err: unknown) => d.logger.warn({ err }, "could not record 不再提醒"));
        return [];
      case "notify_staff":
        await d
          .notifyStaff(effect.text)
          .catch((err: unknown) => d.logger.warn({ err }, "could not notify staff"));
        return [];
    }
  }

  /** A message from `talker`: the replies to send now, in order. */
  function handle(talker: string, text: string): Promise<string[]> {
    return serial(talker, async () => {
      const known = await currentRounds();
      let turn = handleMessage(await load(talker), text, {
        now: now(),
        newId,
        understandingModel: Boolean(d.model),
        ...(known ? { rounds: known } : {}),
      });
      if (turn.understand && d.model) {
        const asked = turn.understand;
        const reading = await d.model.read(asked.text, asked.asking).catch(() => null);
        turn = { ...handleModelReading(turn.state, reading, asked.fallback), effects: turn.effects };
      }
      await d.store.saveState(talker, turn.state);
      const replies = [...turn.replies];
      for (const e of turn.effects) replies.push(...(await runEffect(talker, e)));
      return replies;
    });
  }

  /** An invitation's application, offered at its summary: the replies to say after the invitation. */
  function offer(talker: string, draft: InvitationDraft): Promise<string[]> {
    return serial(talker, async () => {
      const turn = offerInvitation(await load(talker), draft);
      if (turn.replies.length > 0) await d.store.saveState(talker, turn.state);
      return turn.replies;
    });
  }

  /** A submission the outbox delivered (or the API refused) later: what to tell the talker. */
  function settled(item: OutboxItem, result: Exclude<SubmitResult, { kind: "retry" }>): Promise<string[]> {
    return serial(item.talker, () => applyOutcome(item.talker, toOutcome(result)));
  }

  return { handle, settled, offer };
}

function toOutcome(r: SubmitResult): SubmitOutcome {
  if (r.kind === "submitted") return { kind: "submitted", id: r.id, number: r.number };
  if (r.kind === "refused") return { kind: "refused", message: r.message };
  if (r.kind === "duplicate") return { kind: "duplicate", numbers: r.numbers };
  return { kind: "queued" };
}

export type Runner = ReturnType<typeof createRunner>;
