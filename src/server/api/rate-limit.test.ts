import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the rate, per key', () => {
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('a', t).ok)).toEqual([true, true, true]);
    expect(limiter.take('a', t)).toEqual({ ok: false, retryAfterS: 1 });
    expect(limiter.take('b', t).ok).toBe(true);
    expect(limiter.take('a', t + 500).ok).toBe(true);
    expect(limiter.take('a', t + 500).ok).toBe(false);
    expect(limiter.take('a', t + 10_000).ok).toBe(true);
  });

  it('says how long to wait at a slow rate', () => {
    const limiter = createRateLimiter({ perSecond: 0.1, burst: 1 });
    expect(limiter.take('k', 0).ok).toBe(true);
    expect(limiter.take('k', 0)).toEqual({ ok: false, retryAfterS: 10 });
  });
});
