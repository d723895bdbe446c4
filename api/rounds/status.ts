// Whether a round is scheduled, open or closed on a day (YYYY-MM-DD in Asia/Shanghai): open from its
// first day through its last, both included.

export type RoundStatus = "scheduled" | "open" | "closed";

export function roundStatus(round: { opensOn: string; closesOn: string }, today: string): RoundStatus {
  if (today < round.opensOn) return "scheduled";
  return today <= round.closesOn ? "open" : "closed";
}
