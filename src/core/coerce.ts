/**
 * Lenient readers of untyped JSON values, shared by every dataset format. Each takes
 * `where` (file, line, item) and throws INVALID_DATA naming it and what was expected.
 */
import { KieError } from './errors.js';
import type { Point } from './geometry.js';
import type { Link } from './document.js';

export type JsonObject = Readonly<Record<string, unknown>>;

/** A refusal that names where and what was expected. */
export function invalid(where: string, message: string, path?: string): KieError {
  return new KieError('INVALID_DATA', `${where}: ${message}`, { path });
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw invalid(where, `expected a JSON object, got ${describe(value)}`);
  return value;
}

export function asArray(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(where, `expected a JSON array, got ${describe(value)}`);
  return value;
}

/** A finite number; numeric strings are accepted (some tools write `"12"`). */
export function asNumber(value: unknown, where: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw invalid(where, `expected a finite number, got ${describe(value)}`);
  return n;
}

/** Strings as they are; numbers are written as text; null and undefined become `fallback`. */
export function asText(value: unknown, where: string, fallback = ''): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw invalid(where, `expected text, got ${describe(value)}`);
}

/** `true`, `1`, `"true"`, `"1"` are true; absent is false. */
export function asFlag(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1' || value === 'True';
}

/** An integer id, or `fallback` when absent. */
export function asId(value: unknown, where: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = asNumber(value, where);
  if (!Number.isInteger(n)) throw invalid(where, `expected an integer id, got ${describe(value)}`);
  return n;
}

/**
 * Points in any of the forms datasets use: `[[x, y], ...]`, a flat `[x1, y1, x2, y2, ...]`,
 * or a box `[x0, y0, x1, y1]` (also what two diagonal corners mean). Returns at least 3 points.
 */
export function asPoints(value: unknown, where: string): Point[] {
  const list = asArray(value, where);
  let points: Point[];
  if (list.length > 0 && list.every((v) => typeof v === 'number' || typeof v === 'string')) {
    if (list.length % 2 !== 0) throw invalid(where, `expected an even number of coordinates, got ${list.length}`);
    points = [];
    for (let i = 0; i < list.length; i += 2) points.push([asNumber(list[i], where), asNumber(list[i + 1], where)]);
  } else {
    points = list.map((p, i) => {
      const pair = asArray(p, `${where} point ${i}`);
      if (pair.length < 2) throw invalid(where, `point ${i} needs [x, y], got ${describe(p)}`);
      return [asNumber(pair[0], `${where} point ${i}`), asNumber(pair[1], `${where} point ${i}`)] as const;
    });
  }
  if (points.length === 2) {
    const [a, b] = points as [Point, Point];
    const x0 = Math.min(a[0], b[0]);
    const x1 = Math.max(a[0], b[0]);
    const y0 = Math.min(a[1], b[1]);
    const y1 = Math.max(a[1], b[1]);
    points = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ];
  }
  if (points.length < 3) throw invalid(where, `expected a polygon of 3 or more points, got ${points.length}`);
  return points;
}

/** An integer id that must be present. */
export function requiredId(value: unknown, where: string): number {
  const n = asNumber(value, where);
  if (!Number.isInteger(n)) throw invalid(where, `expected an integer id, got ${describe(value)}`);
  return n;
}

/** Links `[[from, to], ...]`; absent is none. */
export function asLinks(value: unknown, where: string): Link[] {
  if (value === undefined || value === null) return [];
  return asArray(value, where).map((pair, i) => {
    const p = asArray(pair, `${where} link ${i}`);
    if (p.length !== 2) throw invalid(where, `link ${i} needs [from, to], got ${describe(pair)}`);
    return [requiredId(p[0], `${where} link ${i}`), requiredId(p[1], `${where} link ${i}`)] as const;
  });
}

/** Short description of a JSON value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite number';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
