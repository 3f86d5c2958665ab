/**
 * Request guards of a local server: only requests addressed to this machine by name
 * (a DNS-rebinding page cannot reach it through another host name), and only
 * same-origin writes (another site open in the browser cannot post to it).
 */
import type { MiddlewareHandler } from 'hono';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/**
 * Refuses (403) a request whose `Host` is neither a loopback name nor `boundHost`,
 * and a non-GET request whose `Origin` names another host.
 */
export function localGuard(boundHost: string): MiddlewareHandler {
  const allowed = new Set([...LOCAL_HOSTS, boundHost.includes(':') && !boundHost.startsWith('[') ? `[${boundHost}]` : boundHost]);
  const anyHost = boundHost === '0.0.0.0' || boundHost === '::';
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!anyHost && !allowed.has(hostName(host))) return c.json({ error: { code: 'FORBIDDEN', message: `host ${host} refused` } }, 403);
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined && origin !== 'null') {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = '';
      }
      if (originHost !== host) return c.json({ error: { code: 'FORBIDDEN', message: `cross-origin request from ${origin} refused` } }, 403);
    }
    await next();
    return undefined;
  };
}
