/**
 * The sign-in throttle as a pure decision: given the times of recent failures for one key (a login or a client
 * address), may another attempt go ahead, and if not, in how many seconds? A sliding window: after `limit`
 * failures within `windowMs`, attempts wait until the oldest of them leaves the window. Per login it stops
 * guessing one account's password; per address (a higher limit) it stops trying one password on many logins.
 */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export const LOGIN_RULE: ThrottleRule = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { limit: 20, windowMs: 15 * 60_000 };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function throttleDecision(failures: readonly Date[], rule: ThrottleRule, now: Date = new Date()): ThrottleDecision {
  const since = now.getTime() - rule.windowMs;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since && t <= now.getTime()).sort((a, b) => b - a);
  if (recent.length < rule.limit) return { allowed: true };
  // The attempt may go ahead once fewer than `limit` failures remain in the window: when the limit-th newest expires.
  const freedAt = recent[rule.limit - 1]! + rule.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) };
}

/** The stricter of several decisions (the longest wait). */
export function combineDecisions(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  let wait = 0;
  for (const d of decisions) if (!d.allowed) wait = Math.max(wait, d.retryAfterSeconds);
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}
