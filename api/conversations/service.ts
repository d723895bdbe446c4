// Conversations over HTTP (contract §10): the same core as WeChat (bot/dialog.ts), its state kept in
// the database. One message of a conversation at a time, in the order they came: in this process a
// chain per conversation; across processes a version that a save must match (a turn that lost the
// race is run again on the newer state — the core is pure, and a submission carries its fixed
// Idempotency-Key, so running a turn twice files nothing twice).

import { choicesFor, type Choice } from "../../bot/core/choices.ts";
import {
  handleMessage,
  offerInvitation,
  startConversation,
  type DialogState,
  type Effect,
} from "../../bot/dialog.ts";
import { createSerial } from "../../bot/core/serial.ts";
import type { RoundNotice } from "../../bot/dialog.ts";
import type { Invitations } from "../matching/invitations.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { createRateLimiter, type Rate } from "../http/rate-limit.ts";

/** What a client shows after a turn. */
export interface TurnView {
  replies: string[];
  asking: string | null;
  facts: DialogState["facts"];
  /** The core's mode (menu, assess, results, apply, confirm, submitting). */
  mode: DialogState["mode"];
  /** Buttons for the pending question (bot/core/choices.ts). */
  choices: Choice[];
}

/** Who owns a conversation, and what its effects act for. */
export interface Owner {
  /** "user:<chat user id>" or "bot". */
  id: string;
  chatUserId: string | null;
}

/** Runs the core's effects for a conversation (conversation-effects.ts). */
export interface EffectRunner {
  run(owner: Owner, state: DialogState, effect: Effect): Promise<{ state: DialogState; replies: string[] }>;
}

export interface ConversationDeps {
  prisma: Prisma;
  clock: () => Date;
  effects: EffectRunner;
  /** An invitation waiting for a chat user is offered when they next start a conversation. */
  invitations?: Pick<Invitations, "takeForChatUser">;
  newId?: () => string;
  /** Messages a user may send: a burst, then so many a second. */
  rate?: Rate;
  /** The application rounds (contract §13), so the core can say what is open and which year's figures. */
  rounds?: () => Promise<readonly RoundNotice[]>;
}

const view = (s: DialogState, replies: string[]): TurnView => ({
  replies,
  asking: s.asking,
  facts: s.facts,
  mode: s.mode,
  choices: choicesFor(s),
});

const MAX_RACES = 5;

export function createConversations(deps: ConversationDeps) {
  const { prisma, clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const rate = deps.rate ?? { burst: 10, perSecond: 5 };
  /** Runs a function after everything queued for this conversation in this process. */
  const serial = createSerial();
  const admit = createRateLimiter(rate, clock, "消息发得太快了，请稍等一下再发");

  async function runTurn(owner: Owner, state: DialogState, text: string) {
    // Unknown rounds (the table could not be read) are said as unknown, never as none.
    const rounds = deps.rounds ? await deps.rounds().catch(() => undefined) : undefined;
    const turn = handleMessage(state, text, { now: clock(), newId, ...(rounds ? { rounds } : {}) });
    let s = turn.state;
    const replies = [...turn.replies];
    for (const e of turn.effects) {
      const r = await deps.effects.run(owner, s, e);
      s = r.state;
      replies.push(...r.replies);
    }
    return { state: s, replies };
  }

  /** A new conversation, greeted; a bot may name the WeChat user it relays for. */
  async function create(owner: Owner, wechatId: string | null = null) {
    // A person is limited across their conversations; the bot relays for many people, and is
    // limited per conversation instead (below).
    if (owner.chatUserId) admit(owner.id);
    const id = newId();
    const s0 = startConversation({ id, wechatId, now: clock() });
    // The greeting is the core's answer to an empty first message.
    let { state, replies } = await runTurn(owner, s0, "");
    const invitation = owner.chatUserId ? await deps.invitations?.takeForChatUser(owner.chatUserId) : null;
    if (invitation) {
      const offered = offerInvitation(state, invitation.draft);
      if (offered.replies.length > 0) {
        state = offered.state;
        replies = [invitation.text, ...offered.replies];
      }
    }
    const now = clock();
    await prisma.conversation.create({
      data: { id, owner: owner.id, state: state as object, version: 1, updatedAt: now },
    });
    return { id, ...view(state, replies) };
  }

  /** One message; another owner's conversation, or none, is "not found". */
  async function message(owner: Owner, id: string, text: string): Promise<TurnView> {
    admit(owner.chatUserId ? owner.id : `conversation:${id}`);
    return serial(id, async () => {
      for (let race = 0; race < MAX_RACES; race++) {
        // Plain statements: a message is two round trips, and Prisma's row mapping of the state's
        // JSON showed in the benchmark (npm run bench -- --only=chat.http).
        const [row] = await prisma.$queryRaw<{ owner: string; state: unknown; version: number }[]>`
          SELECT "owner", "state", "version" FROM "conversations" WHERE "id" = ${id}::uuid`;
        if (!row || row.owner !== owner.id) throw notFound("对话");
        const { state, replies } = await runTurn(owner, row.state as DialogState, text);
        const saved = await prisma.$executeRaw`
          UPDATE "conversations" SET "state" = ${JSON.stringify(state)}::jsonb, "version" = ${row.version + 1},
            "updated_at" = ${clock()} WHERE "id" = ${id}::uuid AND "version" = ${row.version}`;
        if (saved === 1) return view(state, replies);
      }
      throw new ApiError(409, "conversation_busy", "这段对话正在处理别的消息，请稍后再发一次", [], {
        "Retry-After": "1",
      });
    });
  }

  /** The conversation as it stands (a client that restarts shows where it was). */
  async function get(owner: Owner, id: string) {
    const row = await prisma.conversation.findUnique({ where: { id } });
    if (!row || row.owner !== owner.id) throw notFound("对话");
    const s = row.state as unknown as DialogState;
    return { id, ...view(s, []) };
  }

  return { create, message, get };
}

export type Conversations = ReturnType<typeof createConversations>;
