/**
 * The app's state: one immutable record. Only actions (actions.ts) and the
 * controller (controller.ts, for server answers) produce new records.
 */
import type { Page } from '../../../src/core/document.js';
import type { Point } from '../../../src/core/geometry.js';
import type { ImageEntry, ImageStatus, JobProgress, LabelProject } from '../../../src/core/label-project.js';

export type ToolName = 'select' | 'rectangle' | 'rotation' | 'polygon' | 'link';

/** Image → screen transform of the canvas: `screen = pan + image * zoom` (CSS pixels). */
export interface Viewport {
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

/** The document the undo history tracks. */
export interface DocSnapshot {
  readonly page: Page;
  readonly verified: boolean;
}

export interface History {
  readonly past: readonly DocSnapshot[];
  readonly future: readonly DocSnapshot[];
  /** Key of the last commit: further commits with the same key merge into it (typing in one field). */
  readonly lastKey: string | null;
}

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict'; readonly theirs: DocSnapshot; readonly theirRevision: string }
  | { readonly kind: 'error'; readonly message: string };

/** A polygon being drawn, in image pixels. */
export interface PolygonDraft {
  readonly points: readonly Point[];
  /** Where the pointer is, for the rubber-band edge. */
  readonly hover: Point | null;
}

export type Modal = null | 'labels' | 'export' | 'help';

export interface AppState {
  readonly project: LabelProject | null;
  readonly folder: string;
  /** Name of the predictor, or null when the server has none. */
  readonly predictor: string | null;
  readonly images: readonly ImageEntry[];
  readonly filter: { readonly status: ImageStatus | 'all'; readonly text: string };
  readonly current: string | null;
  readonly doc: DocSnapshot | null;
  readonly revision: string;
  readonly history: History;
  readonly save: SaveStatus;
  readonly selection: readonly number[];
  readonly tool: ToolName;
  /** Last label given, used for new shapes. */
  readonly drawLabel: string;
  /** Polygon tool closes itself after four points (PPOCRLabel's four-point mode). */
  readonly fourPoint: boolean;
  /** Shrink new rectangles to the dark pixels inside them. */
  readonly snap: boolean;
  readonly polygonDraft: PolygonDraft | null;
  /** Link tool: the question whose answers are being clicked. */
  readonly linkSource: number | null;
  readonly showLinks: boolean;
  readonly viewport: Viewport;
  readonly modal: Modal;
  readonly job: JobProgress | null;
  /** A short message shown in the status bar. */
  readonly notice: { readonly text: string; readonly error: boolean } | null;
  /** Busy with a server call (prediction, recognition). */
  readonly busy: string | null;
}

export const INITIAL_STATE: AppState = {
  project: null,
  folder: '',
  predictor: null,
  images: [],
  filter: { status: 'all', text: '' },
  current: null,
  doc: null,
  revision: 'none',
  history: { past: [], future: [], lastKey: null },
  save: { kind: 'saved' },
  selection: [],
  tool: 'select',
  drawLabel: 'other',
  fourPoint: true,
  snap: false,
  polygonDraft: null,
  linkSource: null,
  showLinks: true,
  viewport: { zoom: 1, panX: 0, panY: 0 },
  modal: null,
  job: null,
  notice: null,
  busy: null,
};

/** Images that pass the file-list filter. */
export function filteredImages(state: AppState): readonly ImageEntry[] {
  const text = state.filter.text.trim().toLowerCase();
  return state.images.filter(
    (i) => (state.filter.status === 'all' || i.status === state.filter.status) && (text === '' || i.name.toLowerCase().includes(text)),
  );
}
