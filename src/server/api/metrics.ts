/**
 * Prometheus metrics of the API server, rendered in the text exposition format
 * (version 0.0.4): requests by route and status, a request latency histogram,
 * jobs by state, pages processed, and the pool's load.
 */
import type { JobState } from '../store/jobs.js';
import type { PoolStats } from '../workers/pool.js';

/** Latency buckets in seconds: a cached answer takes milliseconds, a page a few seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const;

export type PageOutcomeLabel = 'ok' | 'error' | 'cached';

export interface Metrics {
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  pageProcessed(outcome: PageOutcomeLabel, source: 'sync' | 'job'): void;
  /** The text of `GET /metrics`, with gauges read now. */
  render(gauges: { jobs: Readonly<Record<JobState, number>>; pool: PoolStats }): string;
}

const escape = (value: string): string => value.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, '\\n');
const labels = (pairs: Readonly<Record<string, string>>): string =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(',')}}`;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/**
 * An in-memory metrics registry (per process, reset on restart as Prometheus expects).
 *
 * @example
 * const metrics = createMetrics();
 * metrics.observeRequest('POST', '/v1/extract', 200, 1.2);
 */
export function createMetrics(): Metrics {
  const requests = new Map<string, number>();
  const latency = new Map<string, Histogram>();
  const pages = new Map<string, number>();
  return {
    observeRequest(method, route, status, seconds) {
      const key = labels({ method, route, status: String(status) });
      requests.set(key, (requests.get(key) ?? 0) + 1);
      const hKey = JSON.stringify([method, route]);
      const h = latency.get(hKey) ?? { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      BUCKETS.forEach((le, i) => {
        if (seconds <= le) h.counts[i]! += 1;
      });
      h.sum += seconds;
      h.count += 1;
      latency.set(hKey, h);
    },
    pageProcessed(outcome, source) {
      const key = labels({ outcome, source });
      pages.set(key, (pages.get(key) ?? 0) + 1);
    },
    render({ jobs, pool }) {
      const out: string[] = [];
      out.push('# HELP kie_http_requests_total HTTP requests by method, route and status.', '# TYPE kie_http_requests_total counter');
      for (const [key, n] of requests) out.push(`kie_http_requests_total${key} ${n}`);
      out.push('# HELP kie_http_request_duration_seconds HTTP request latency.', '# TYPE kie_http_request_duration_seconds histogram');
      for (const [hKey, h] of latency) {
        const [method, route] = JSON.parse(hKey) as [string, string];
        BUCKETS.forEach((le, i) => out.push(`kie_http_request_duration_seconds_bucket${labels({ method, route, le: String(le) })} ${h.counts[i]}`));
        out.push(`kie_http_request_duration_seconds_bucket${labels({ method, route, le: '+Inf' })} ${h.count}`);
        out.push(`kie_http_request_duration_seconds_sum${labels({ method, route })} ${h.sum}`);
        out.push(`kie_http_request_duration_seconds_count${labels({ method, route })} ${h.count}`);
      }
      out.push('# HELP kie_pages_processed_total Pages extracted, by outcome and source.', '# TYPE kie_pages_processed_total counter');
      for (const [key, n] of pages) out.push(`kie_pages_processed_total${key} ${n}`);
      out.push('# HELP kie_jobs Jobs in the store by state.', '# TYPE kie_jobs gauge');
      for (const [state, n] of Object.entries(jobs)) out.push(`kie_jobs${labels({ state })} ${n}`);
      out.push('# HELP kie_workers Page workers.', '# TYPE kie_workers gauge', `kie_workers ${pool.size}`);
      out.push('# HELP kie_workers_busy Page workers running a page.', '# TYPE kie_workers_busy gauge', `kie_workers_busy ${pool.busy}`);
      out.push('# HELP kie_queue_pages Pages waiting for a worker, by lane.', '# TYPE kie_queue_pages gauge');
      out.push(`kie_queue_pages${labels({ lane: 'sync' })} ${pool.queued}`, `kie_queue_pages${labels({ lane: 'job' })} ${pool.background}`);
      return `${out.join('\n')}\n`;
    },
  };
}
