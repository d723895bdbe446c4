// The subscribe message that carries a decision, asked for honestly: WeChat allows
// wx.requestSubscribeMessage only inside a tap, one 「允许」 carries one message, and the answer is
// told to the server (POST /api/me/subscription) so 我的申报 never promises a message that will not
// come. The answer is read as WeChat gives it: accept, reject, ban (turned off in settings), filter
// (the template is hidden), or unavailable (WeChat could not ask).

export type SubscribeAnswer = "accept" | "reject" | "ban" | "filter" | "unavailable";

/** Calls wx.requestSubscribeMessage; resolves with WeChat's result object, or rejects with its error. */
export type SubscribeRequest = (templateIds: string[]) => Promise<Record<string, unknown>>;

/** The answer for one template from what wx.requestSubscribeMessage gave. */
export function answerOf(result: Record<string, unknown> | null, templateId: string): SubscribeAnswer {
  const a = result?.[templateId];
  return a === "accept" || a === "reject" || a === "ban" || a === "filter" ? a : "unavailable";
}

/** The answer to a failed request: 20004 is the user's own switch (设置 → 订阅消息) turned off. */
export function answerOfFailure(error: unknown): SubscribeAnswer {
  const code = (error as { errCode?: unknown } | null)?.errCode;
  return code === 20004 ? "ban" : "unavailable";
}

/**
 * Asks, inside the tap that calls it, and resolves with the answer once the server has it (or could
 * not be told: the answer is still returned, and the page says what it means).
 */
export function askSubscription(
  request: SubscribeRequest,
  templateId: string,
  record: (answer: SubscribeAnswer) => Promise<unknown>,
): Promise<SubscribeAnswer> {
  let asked: Promise<SubscribeAnswer>;
  try {
    asked = request([templateId]).then(
      (r) => answerOf(r, templateId),
      (e: unknown) => answerOfFailure(e),
    );
  } catch (e) {
    asked = Promise.resolve(answerOfFailure(e));
  }
  return asked.then((answer) =>
    record(answer).then(
      () => answer,
      () => answer,
    ),
  );
}

/** When no subscribe template is configured, no decision is ever sent as a message. */
export const NO_MESSAGES = "审核结果会保存在「我的申报」里（本小程序暂未开通审核结果通知），请记得回来查看。";

/** What the person is told after answering: what will and will not happen. */
export function subscriptionText(answer: SubscribeAnswer | null, willNotify: boolean): string {
  if (willNotify) return "好的，下一次审核结果会通过微信服务通知告诉您（一次授权送达一条）。";
  switch (answer) {
    case "ban":
      return "您已在微信里关闭了本小程序的订阅消息，审核结果不会另行通知，会保存在「我的申报」里，请记得回来查看。如需通知，可在右上角「···」→「设置」中打开。";
    case "accept":
      return "上次允许的通知已用过（一次授权只送达一条）。审核结果会保存在「我的申报」里；如需下一次通知，请再点「接收审核结果通知」。";
    case "reject":
    case "filter":
    case "unavailable":
      return "您没有允许订阅消息，审核结果不会另行通知，会保存在「我的申报」里，请记得回来查看。";
    default:
      return "审核结果会保存在「我的申报」里。想在有结果时收到微信通知，请点「接收审核结果通知」并选择「允许」。";
  }
}
