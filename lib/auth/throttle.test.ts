import { describe, expect, it } from 'vitest';
import { combineDecisions, throttleDecision, type ThrottleRule } from './throttle';

const rule: ThrottleRule = { limit: 3, windowMs: 60_000 };
const now = new Date('2026-12-01T12:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('throttleDecision', () => {
  it('allows attempts below the limit', () => {
    expect(throttleDecision([], rule, now)).toEqual({ allowed: true });
    expect(throttleDecision([ago(1), ago(2)], rule, now)).toEqual({ allowed: true });
  });

  it('blocks at the limit and says for how long: until the limit-th newest failure leaves the window', () => {
    expect(throttleDecision([ago(10), ago(20), ago(30)], rule, now)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    // More failures than the limit: the wait is set by the third newest, not the oldest.
    expect(throttleDecision([ago(5), ago(10), ago(20), ago(50)], rule, now)).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });

  it('forgets failures older than the window (and ignores future timestamps)', () => {
    expect(throttleDecision([ago(61), ago(70), ago(80), ago(1)], rule, now)).toEqual({ allowed: true });
    expect(throttleDecision([new Date(now.getTime() + 5000), ago(1), ago(2)], rule, now)).toEqual({ allowed: true });
  });

  it('never says "try again in 0 s"', () => {
    expect(throttleDecision([ago(59.9), ago(59.95), ago(59.99)], rule, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('combines decisions by the longest wait', () => {
    expect(combineDecisions([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
    expect(combineDecisions([{ allowed: false, retryAfterSeconds: 5 }, { allowed: true }, { allowed: false, retryAfterSeconds: 90 }])).toEqual({ allowed: false, retryAfterSeconds: 90 });
  });
});
