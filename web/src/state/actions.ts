/**
 * Registered actions: every command of the app (toolbar buttons, menu items and
 * keyboard shortcuts alike) is one named action, as in excalidraw. Shortcuts follow
 * X-AnyLabeling where it has one (D / A for next / previous image, Ctrl+E labels).
 */
import { withSegment } from '../../../src/core/document.js';
import { fitViewport, zoomAt } from '../canvas/viewport.js';
import type { AppState, ToolName } from './app-state.js';
import { editDoc, type Controller } from './controller.js';
import { acceptPredictions, deleteSegments, duplicateSegments, rejectPredictions } from './doc-ops.js';
import type { Store } from './store.js';

export interface ActionContext {
  readonly store: Store;
  readonly controller: Controller;
  /** Size of the canvas in CSS pixels (for fit and keyboard zoom). */
  readonly canvasSize: () => { width: number; height: number };
}

export interface Action {
  readonly name: string;
  /** Shown in menus and tooltips. */
  readonly label: string;
  /** Shortcut as shown to the user. */
  readonly shortcut?: string;
  readonly keyTest?: (e: KeyboardEvent) => boolean;
  readonly perform: (ctx: ActionContext) => void | Promise<void>;
}

const ctrl = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
const plain = (key: string) => (e: KeyboardEvent) => !ctrl(e) && !e.altKey && e.key.toLowerCase() === key;

function setTool(tool: ToolName) {
  return ({ store }: ActionContext): void => {
    store.set({ ...store.get(), tool, polygonDraft: null, linkSource: null });
  };
}

function undoRedo(direction: 'undo' | 'redo') {
  return ({ store }: ActionContext): void => {
    const s = store.get();
    const from = direction === 'undo' ? s.history.past : s.history.future;
    const target = from[from.length - 1];
    if (!target || !s.doc) return;
    const rest = from.slice(0, -1);
    const other = direction === 'undo' ? s.history.future : s.history.past;
    const history =
      direction === 'undo'
        ? { past: rest, future: [...other, s.doc], lastKey: null }
        : { past: [...other, s.doc], future: rest, lastKey: null };
    const ids = new Set(target.page.segments.map((x) => x.id));
    store.set({ ...s, doc: target, history, selection: s.selection.filter((id) => ids.has(id)) });
  };
}

function zoomBy(factor: number) {
  return ({ store, canvasSize }: ActionContext): void => {
    const s = store.get();
    const { width, height } = canvasSize();
    store.set({ ...s, viewport: zoomAt(s.viewport, factor, [width / 2, height / 2]) });
  };
}

/** Every action of the app, in menu order. */
export const ACTIONS: readonly Action[] = [
  { name: 'tool.select', label: 'Select / move', shortcut: 'V', keyTest: plain('v'), perform: setTool('select') },
  { name: 'tool.rectangle', label: 'Rectangle', shortcut: 'R', keyTest: plain('r'), perform: setTool('rectangle') },
  { name: 'tool.rotation', label: 'Rotated rectangle', shortcut: 'O', keyTest: plain('o'), perform: setTool('rotation') },
  { name: 'tool.polygon', label: 'Polygon', shortcut: 'P', keyTest: plain('p'), perform: setTool('polygon') },
  { name: 'tool.link', label: 'Link question → answers', shortcut: 'L', keyTest: plain('l'), perform: setTool('link') },
  {
    name: 'escape',
    label: 'Cancel',
    shortcut: 'Esc',
    keyTest: (e) => e.key === 'Escape',
    perform: ({ store }) => {
      const s = store.get();
      if (s.modal) store.set({ ...s, modal: null });
      else if (s.polygonDraft || s.linkSource !== null) store.set({ ...s, polygonDraft: null, linkSource: null });
      else store.set({ ...s, selection: [], tool: 'select' });
    },
  },
  { name: 'image.next', label: 'Next image', shortcut: 'D', keyTest: plain('d'), perform: ({ controller }) => controller.step(1) },
  { name: 'image.previous', label: 'Previous image', shortcut: 'A', keyTest: plain('a'), perform: ({ controller }) => controller.step(-1) },
  { name: 'edit.undo', label: 'Undo', shortcut: 'Ctrl+Z', keyTest: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z', perform: undoRedo('undo') },
  {
    name: 'edit.redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    keyTest: (e) => ctrl(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    perform: undoRedo('redo'),
  },
  {
    name: 'edit.delete',
    label: 'Delete',
    shortcut: 'Del',
    keyTest: (e) => e.key === 'Delete' || e.key === 'Backspace',
    perform: ({ store }) => {
      const ids = store.get().selection;
      if (ids.length > 0) editDoc(store, (doc) => ({ ...doc, page: deleteSegments(doc.page, ids) }), { selection: [] });
    },
  },
  {
    name: 'edit.duplicate',
    label: 'Duplicate',
    shortcut: 'Ctrl+D',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'd',
    perform: ({ store }) => {
      const s = store.get();
      if (!s.doc || s.selection.length === 0) return;
      const { page, ids } = duplicateSegments(s.doc.page, s.selection, 10);
      editDoc(store, (doc) => ({ ...doc, page }), { selection: ids });
    },
  },
  {
    name: 'edit.selectAll',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'a',
    perform: ({ store }) => {
      const s = store.get();
      store.set({ ...s, selection: s.doc?.page.segments.map((x) => x.id) ?? [] });
    },
  },
  {
    name: 'view.links',
    label: 'Show / hide links',
    shortcut: 'H',
    keyTest: plain('h'),
    perform: ({ store }) => store.set({ ...store.get(), showLinks: !store.get().showLinks }),
  },
  {
    name: 'view.fit',
    label: 'Fit image',
    shortcut: 'F',
    keyTest: plain('f'),
    perform: ({ store, canvasSize }) => {
      const s = store.get();
      const { width, height } = canvasSize();
      if (s.doc) store.set({ ...s, viewport: fitViewport(s.doc.page.width, s.doc.page.height, width, height) });
    },
  },
  { name: 'view.zoomIn', label: 'Zoom in', shortcut: '+', keyTest: (e) => !ctrl(e) && (e.key === '+' || e.key === '='), perform: zoomBy(1.25) },
  { name: 'view.zoomOut', label: 'Zoom out', shortcut: '-', keyTest: (e) => !ctrl(e) && e.key === '-', perform: zoomBy(0.8) },
  {
    name: 'labels.manager',
    label: 'Label manager',
    shortcut: 'Ctrl+E',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'e',
    perform: ({ store }) => store.set({ ...store.get(), modal: 'labels' }),
  },
  {
    name: 'doc.verify',
    label: 'Verify image (accepts predictions)',
    shortcut: 'Ctrl+Enter',
    keyTest: (e) => ctrl(e) && e.key === 'Enter',
    perform: ({ store }) =>
      editDoc(store, (doc) => (doc.verified ? { ...doc, verified: false } : { page: acceptPredictions(doc.page), verified: true })),
  },
  {
    name: 'pred.accept',
    label: 'Accept predictions',
    perform: ({ store }) => {
      const sel = store.get().selection;
      editDoc(store, (doc) => ({ ...doc, page: acceptPredictions(doc.page, sel.length > 0 ? sel : undefined) }));
    },
  },
  {
    name: 'pred.reject',
    label: 'Reject predictions',
    perform: ({ store }) => {
      const sel = store.get().selection;
      editDoc(store, (doc) => ({ ...doc, page: rejectPredictions(doc.page, sel.length > 0 ? sel : undefined) }), { selection: [] });
    },
  },
  { name: 'pred.current', label: 'Pre-label this image', shortcut: 'Ctrl+I', keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'i', perform: ({ controller }) => controller.predictCurrent() },
  { name: 'pred.all', label: 'Pre-label all unlabelled images', perform: ({ controller }) => controller.prelabelAll() },
  { name: 'pred.recognize', label: 'Re-read text of the shape', shortcut: 'Ctrl+R', keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'r', perform: ({ controller }) => controller.recognizeSelected() },
  { name: 'file.export', label: 'Export…', perform: ({ store }) => store.set({ ...store.get(), modal: 'export' }) },
  { name: 'help', label: 'Shortcuts', shortcut: '?', keyTest: (e) => e.key === '?', perform: ({ store }) => store.set({ ...store.get(), modal: 'help' }) },
  { name: 'file.save', label: 'Save now', shortcut: 'Ctrl+S', keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 's', perform: ({ controller }) => controller.saves.flush() },
];

const BY_NAME = new Map(ACTIONS.map((a) => [a.name, a]));

/** The action named `name` (throws for a typo in the app's own code). */
export function getAction(name: string): Action {
  const action = BY_NAME.get(name);
  if (!action) throw new Error(`no action ${name}`);
  return action;
}

/** The first action whose shortcut matches a key event. */
export function actionForKey(e: KeyboardEvent): Action | undefined {
  return ACTIONS.find((a) => a.keyTest?.(e));
}

/** Sets a field of the selected segments as one undo step (typing in one field merges). */
export function setSegmentField(store: Store, id: number, patch: Parameters<typeof withSegment>[1], key?: string): void {
  editDoc(store, (doc) => ({ ...doc, page: { ...doc.page, segments: doc.page.segments.map((s) => (s.id === id ? withSegment(s, patch) : s)) } }), {}, key);
}

export type { AppState };
