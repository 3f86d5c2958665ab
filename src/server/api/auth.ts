/**
 * Access: an API key (`Authorization: Bearer kie_…` or `X-Api-Key: kie_…`) on
 * every `/v1` request, then the key's token bucket. Without a key store (the
 * server started with --no-auth, loopback only) every request is anonymous and
 * shares one bucket.
 */
import type { MiddlewareHandler } from 'hono';
import { KieError } from '../../core/errors.js';
import type { KeyStore } from '../store/keys.js';
import type { ApiEnv } from './env.js';
import type { RateLimiter } from './rate-limit.js';

function presentedKey(authorization: string | undefined, apiKey: string | undefined): string | undefined {
  if (apiKey) return apiKey.trim();
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(authorization ?? '');
  return match?.[1];
}

/** The auth and rate-limit middleware. */
export function authenticate(keys: KeyStore | null, limiter: RateLimiter | null): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    let keyId: string | null = null;
    if (keys) {
      const key = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'));
      if (!key) throw new KieError('UNAUTHORIZED', 'this API needs a key: send Authorization: Bearer <key> (kie keys create makes one)');
      const info = keys.verify(key);
      if (!info) throw new KieError('UNAUTHORIZED', 'the API key is not valid or was revoked');
      keyId = info.id;
    }
    c.set('keyId', keyId);
    if (limiter) {
      const taken = limiter.take(keyId ?? 'anonymous');
      if (!taken.ok) {
        c.set('retryAfter', taken.retryAfterS);
        throw new KieError('RATE_LIMITED', `rate limit of this key exceeded: retry in ${taken.retryAfterS} s`);
      }
    }
    await next();
  };
}
