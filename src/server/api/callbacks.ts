/**
 * Callbacks: when a job ends, its status and result are POSTed as JSON to the
 * job's `callbackUrl`, retried with exponential backoff (base × 2^n, with jitter)
 * up to a bounded number of attempts. The state is kept in the store, so a
 * callback still pending when the process stops is sent after the restart.
 */
import { createHmac } from 'node:crypto';
import type { JobStore } from '../store/jobs.js';
import type { LogSink } from './observe.js';
import { jobDocument, jobView } from './views.js';

export interface CallbackOptions {
  /** Attempts before giving up. Default 5. */
  readonly maxAttempts: number;
  /** Delay before the second attempt, doubled each time. Default 1000 ms. */
  readonly baseDelayMs: number;
  /** Time one attempt may take. Default 10 s. */
  readonly timeoutMs: number;
  /**
   * With a secret, each delivery carries `X-Kie-Timestamp` (ms) and
   * `X-Kie-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, so a
   * receiver can check that kie sent it, and recently.
   */
  readonly secret?: string;
}

/** The signature header value of a delivery. */
export function signCallback(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export const DEFAULT_CALLBACK_OPTIONS: CallbackOptions = Object.freeze({ maxAttempts: 5, baseDelayMs: 1000, timeoutMs: 10_000 });

export interface CallbackSender {
  /** Starts delivering a finished job's callback (no-op without a callback URL). */
  deliver(jobId: string): void;
  /** Stops retrying; undelivered callbacks stay pending in the store. */
  close(): void;
}

/**
 * Creates the sender.
 *
 * @example
 * const callbacks = createCallbackSender(store, DEFAULT_CALLBACK_OPTIONS, console.log);
 * callbacks.deliver('job_…');
 */
export function createCallbackSender(store: JobStore, options: CallbackOptions, log: LogSink): CallbackSender {
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const attempt = async (jobId: string, n: number): Promise<void> => {
    if (closed) return;
    const job = store.getJob(jobId);
    if (!job?.callbackUrl || job.callback?.state !== 'pending') return;
    let error: string;
    try {
      const body = JSON.stringify({ event: 'job.finished', job: jobView(job, store), result: jobDocument(job, store, 'json') });
      const timestamp = String(Date.now());
      const signature: Record<string, string> = options.secret
        ? { 'X-Kie-Timestamp': timestamp, 'X-Kie-Signature': signCallback(options.secret, timestamp, body) }
        : {};
      const response = await fetch(job.callbackUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'kie', 'X-Kie-Job-Id': job.id, 'X-Kie-Delivery-Attempt': String(n), ...signature },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
      await response.body?.cancel();
      if (response.ok) {
        if (!closed) store.setCallback(jobId, 'delivered', n, null);
        log({ time: new Date().toISOString(), level: 'info', msg: 'callback delivered', jobId, attempt: n });
        return;
      }
      error = `HTTP ${response.status}`;
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    if (closed) return;
    const last = n >= options.maxAttempts;
    store.setCallback(jobId, last ? 'failed' : 'pending', n, error);
    log({ time: new Date().toISOString(), level: 'warn', msg: 'callback failed', jobId, attempt: n, error, final: last });
    if (last) return;
    const delay = options.baseDelayMs * 2 ** (n - 1) * (0.8 + Math.random() * 0.4);
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(jobId, n + 1);
    }, delay);
    timers.add(timer);
  };

  return {
    deliver(jobId) {
      const previous = store.getJob(jobId)?.callback?.attempts ?? 0;
      void attempt(jobId, previous + 1);
    },
    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
