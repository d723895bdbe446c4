// The API's services, built once from the database and settings and handed to createApp (tests
// hand it fakes or a fresh database the same way).

import type { AssessOptions } from "../rules/index.ts";
import type { Database } from "./db/database.ts";
import { createApplicationService, type ApplicationService } from "./applications/applications.ts";
import { createAudit, type Audit } from "./staff/audit.ts";
import { createBudgetService } from "./review/budget.ts";
import { createExportService } from "./applications/export.ts";
import { createFeedService, type FeedService } from "./notifications/feed.ts";
import { createMaterialService, type MaterialService } from "./materials/service.ts";
import type { NotifyTargets } from "./notifications/notices.ts";
import { createChatUsers, type ChatUsers, type ChatUserSettings } from "./conversations/chat-users.ts";
import { createConversationEffects } from "./conversations/effects.ts";
import { createConversations, type Conversations } from "./conversations/service.ts";
import { createInvitations, type Invitations } from "./matching/invitations.ts";
import { createMatching, type Matching } from "./matching/service.ts";
import { createMatchingCalls, type MatchingCalls } from "./matching/calls.ts";
import { createStaffAccounts, type StaffAccounts } from "./staff/accounts.ts";
import { createSubscriptions, type Subscriptions } from "./notifications/subscriptions.ts";
import type { Wechat } from "./conversations/wechat-api.ts";
import { createStaffSessions, type SessionSettings, type StaffSessions } from "./staff/sessions.ts";
import { createRounds, type Rounds } from "./rounds/service.ts";
import { createPublications, type Publications } from "./review/publication.ts";
import { createPayments, type Payments } from "./review/payments.ts";
import { createRoundProgress, type RoundProgress } from "./review/progress.ts";

export interface ServiceDeps {
  db: Pick<Database, "prisma">;
  clock: () => Date;
  notify?: NotifyTargets;
  assessOptions?: Omit<AssessOptions, "now">;
  sessions?: Partial<SessionSettings>;
  /** WeChat's server API (WECHAT_APPID and WECHAT_SECRET set), for mini-program sign-in. */
  wechat?: Wechat | null;
  chatUsers?: Partial<ChatUserSettings>;
  /** Conversation messages a user may send: a burst, then so many a second. */
  conversationRate?: { burst: number; perSecond: number };
  /** The subscribe template (WECHAT_SUBSCRIBE_TEMPLATE_ID), told to the mini-program at sign-in. */
  subscribeTemplateId?: string | null;
}

export interface Services {
  applications: ApplicationService;
  rounds: Rounds;
  /** A round's 公示 and its objections (contract §14). */
  publications: Publications;
  /** A round's payment list and its transfers (contract §14). */
  payments: Payments;
  /** A round's progress at a glance: applications at each step, money by clause. */
  roundProgress: RoundProgress;
  budget: ReturnType<typeof createBudgetService>;
  exporter: ReturnType<typeof createExportService>;
  feed: FeedService;
  materials: MaterialService;
  audit: Audit;
  staffAccounts: StaffAccounts;
  staffSessions: StaffSessions;
  chatUsers: ChatUsers;
  matching: Matching;
  matchingCalls: MatchingCalls;
  invitations: Invitations;
  conversations: Conversations;
  subscribeTemplateId: string | null;
  /** A mini-program user's answers to the subscribe request (我的申报 says what they mean). */
  subscriptions: Subscriptions;
  /** Resolves when the database answers. */
  ping: () => Promise<void>;
}

export function createServices(deps: ServiceDeps): Services {
  const { prisma } = deps.db;
  const feed = createFeedService({ prisma });
  const staffAccounts = createStaffAccounts({ prisma, clock: deps.clock });
  const notify = deps.notify ?? { webhook: false };
  const invitations = createInvitations({ prisma, clock: deps.clock, onNotified: feed.wake });
  const rounds = createRounds({
    prisma,
    clock: deps.clock,
    ...(deps.assessOptions?.parameters ? { parameters: deps.assessOptions.parameters } : {}),
  });
  const applications = createApplicationService({
    prisma,
    clock: deps.clock,
    notify,
    rounds,
    onNotified: feed.wake,
    ...(deps.assessOptions ? { assessOptions: deps.assessOptions } : {}),
  });
  return {
    chatUsers: createChatUsers({
      prisma,
      clock: deps.clock,
      wechat: deps.wechat ?? null,
      ...(deps.chatUsers ? { settings: deps.chatUsers } : {}),
    }),
    conversations: createConversations({
      prisma,
      clock: deps.clock,
      effects: createConversationEffects({
        prisma,
        applications,
        invitations,
        notify,
        onNotified: feed.wake,
      }),
      invitations,
      rounds: () => rounds.all(),
      ...(deps.conversationRate ? { rate: deps.conversationRate } : {}),
    }),
    subscribeTemplateId: deps.subscribeTemplateId ?? null,
    subscriptions: createSubscriptions({
      prisma,
      clock: deps.clock,
      templateId: deps.subscribeTemplateId ?? null,
    }),
    invitations,
    matching: createMatching({
      prisma,
      clock: deps.clock,
      ...(deps.assessOptions?.parameters ? { parameters: deps.assessOptions.parameters } : {}),
    }),
    matchingCalls: createMatchingCalls({ prisma, clock: deps.clock }),
    audit: createAudit({ prisma, clock: deps.clock }),
    staffAccounts,
    staffSessions: createStaffSessions({
      prisma,
      clock: deps.clock,
      accounts: staffAccounts,
      ...(deps.sessions ? { settings: deps.sessions } : {}),
    }),
    applications,
    rounds,
    publications: createPublications({ prisma, clock: deps.clock, notify, onNotified: feed.wake }),
    payments: createPayments({ prisma, clock: deps.clock, onNotified: feed.wake }),
    roundProgress: createRoundProgress({ prisma }),
    budget: createBudgetService({
      prisma,
      ...(deps.assessOptions?.parameters ? { parameters: deps.assessOptions.parameters } : {}),
    }),
    exporter: createExportService({ prisma }),
    feed,
    materials: createMaterialService({
      prisma,
      clock: deps.clock,
      notify: deps.notify ?? { webhook: false },
      onNotified: feed.wake,
    }),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
  };
}
