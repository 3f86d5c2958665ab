/**
 * Checks of an annotated dataset that need no file system: links, ids, labels,
 * geometry, text. Image checks (missing, unreadable) live in io/formats/images.ts.
 */
import { type Dataset, type KieDocument, type Link, type Page, type Segment } from './document.js';
import { polygonArea, type Point } from './geometry.js';
import { normalizeLabel } from './labels.js';

export type IssueSeverity = 'error' | 'warning';

export type IssueCode =
  | 'LINK_MISSING_ID'
  | 'LINK_ONE_SIDED'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_LABEL'
  | 'POINT_OUTSIDE'
  | 'DEGENERATE_POLYGON'
  | 'EMPTY_TEXT'
  | 'NO_IMAGE_SIZE'
  | 'IMAGE_MISSING'
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_SIZE_MISMATCH';

export interface ValidationIssue {
  readonly severity: IssueSeverity;
  readonly code: IssueCode;
  readonly message: string;
  /** Annotation file and (line-oriented formats) 1-based line. */
  readonly file?: string;
  readonly line?: number;
  readonly document: string;
  /** 0-based page index. */
  readonly page?: number;
  readonly segmentId?: number;
}

export interface ValidateOptions {
  /** Class list to check labels against; without it, labels are not checked. */
  readonly classes?: readonly string[];
}

/** Which codes are errors (non-zero exit); the others are warnings. */
const ERROR_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'LINK_MISSING_ID',
  'DUPLICATE_ID',
  'UNKNOWN_LABEL',
  'DEGENERATE_POLYGON',
  'IMAGE_MISSING',
  'IMAGE_UNREADABLE',
]);

export function issueSeverity(code: IssueCode): IssueSeverity {
  return ERROR_CODES.has(code) ? 'error' : 'warning';
}

/** Builds an issue located at a document (and optionally a page and segment). */
export function makeIssue(
  code: IssueCode,
  message: string,
  doc: KieDocument,
  page?: number,
  segmentId?: number,
): ValidationIssue {
  const issue: Record<string, unknown> = { severity: issueSeverity(code), code, message, document: doc.name };
  if (doc.source?.file !== undefined) issue.file = doc.source.file;
  if (doc.source?.line !== undefined) issue.line = doc.source.line;
  if (page !== undefined) issue.page = page;
  if (segmentId !== undefined) issue.segmentId = segmentId;
  return issue as unknown as ValidationIssue;
}

/**
 * Lists the problems of a dataset, each with its file, line, document, page and
 * segment id.
 *
 * @example
 * const errors = validateDataset(dataset).filter((i) => i.severity === 'error');
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const known = options.classes ? new Set(options.classes.map(normalizeLabel)) : undefined;
  for (const doc of dataset.documents) {
    const byId = new Map<number, Segment>();
    doc.pages.forEach((page, p) => {
      for (const s of page.segments) {
        if (byId.has(s.id)) issues.push(makeIssue('DUPLICATE_ID', `id ${s.id} is used by more than one segment`, doc, p, s.id));
        else byId.set(s.id, s);
      }
    });
    doc.pages.forEach((page, p) => {
      if (!(page.width > 0 && page.height > 0)) {
        issues.push(makeIssue('NO_IMAGE_SIZE', `image ${page.image} has no size (width ${page.width}, height ${page.height})`, doc, p));
      }
      for (const s of page.segments) checkSegment(s, page, p, doc, byId, known, options.classes, issues);
    });
  }
  return issues;
}

function checkSegment(
  s: Segment,
  page: Page,
  p: number,
  doc: KieDocument,
  byId: ReadonlyMap<number, Segment>,
  known: ReadonlySet<string> | undefined,
  classes: readonly string[] | undefined,
  issues: ValidationIssue[],
): void {
  const add = (code: IssueCode, message: string): void => {
    issues.push(makeIssue(code, message, doc, p, s.id));
  };
  if (known && !known.has(normalizeLabel(s.label))) {
    add('UNKNOWN_LABEL', `unknown label "${s.label}" (valid: ${(classes ?? []).join(', ')})`);
  }
  if (isDegenerate(s.points)) add('DEGENERATE_POLYGON', `polygon has no area (${JSON.stringify(s.points)})`);
  if (page.width > 0 && page.height > 0 && s.points.some((pt) => outside(pt, page.width, page.height))) {
    add('POINT_OUTSIDE', `points outside the ${page.width}x${page.height} image (${JSON.stringify(s.points)})`);
  }
  if (s.text.trim() === '') add('EMPTY_TEXT', 'empty text');
  for (const link of s.links) {
    const [from, to] = link;
    if (from !== s.id && to !== s.id) add('LINK_MISSING_ID', `link [${from}, ${to}] does not involve the segment itself`);
    const other = from === s.id ? to : from;
    const target = byId.get(other);
    if (target === undefined) {
      add('LINK_MISSING_ID', `link [${from}, ${to}] refers to id ${other}, which no segment has`);
    } else if (!target.links.some((l) => sameLink(l, link))) {
      add('LINK_ONE_SIDED', `link [${from}, ${to}] is stored on id ${s.id} but not on id ${other}`);
    }
  }
}

function outside(p: Point, width: number, height: number): boolean {
  return p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height;
}

/** No area, or coordinates that are not finite numbers. */
export function isDegenerate(points: readonly Point[]): boolean {
  if (points.length < 3 || points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return true;
  return polygonArea(points) <= 1e-9;
}

export function sameLink(a: Link, b: Link): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
