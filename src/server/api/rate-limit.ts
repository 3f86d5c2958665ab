/**
 * Per-key rate limits as token buckets: a bucket holds up to `burst` tokens and
 * refills at `perSecond`; a request takes one token or is refused with the time
 * until the next one.
 */

export interface RateLimit {
  /** Sustained requests per second per key. */
  readonly perSecond: number;
  /** Requests a key may make at once after being idle. */
  readonly burst: number;
}

export interface RateLimiter {
  /** Takes a token for `key`; when none is left, the seconds until one is (at least 1). */
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterS: number };
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Creates a limiter. Buckets idle long enough to be full are dropped, so memory
 * follows the number of active keys.
 *
 * @example
 * const limiter = createRateLimiter({ perSecond: 5, burst: 10 });
 * limiter.take('key-id').ok; // true
 */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const fullAfterMs = (limit.burst / limit.perSecond) * 1000;
  let lastSweep = 0;
  return {
    take(key, now = Date.now()) {
      if (now - lastSweep > fullAfterMs && buckets.size > 1000) {
        for (const [k, b] of buckets) if (now - b.at >= fullAfterMs) buckets.delete(k);
        lastSweep = now;
      }
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: now };
      bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)) };
    },
  };
}
