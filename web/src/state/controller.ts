/**
 * The app's effects: loading the folder and images, pre-labelling, label manager
 * operations and export. Each calls the server and puts the answer into the store;
 * document edits go through {@link editDoc} so that undo and saving see them.
 */
import { nextLabelColor, type ExportFormat, type ImportFormat, type LabelProject } from '../../../src/core/label-project.js';
import { api, type ExportResult } from '../api/client.js';
import { filteredImages, type AppState, type DocSnapshot } from './app-state.js';
import { addSegments, mergePredictions, nextId } from './doc-ops.js';
import { clearJournal, readJournal } from './journal.js';
import { createSaveQueue, type SaveQueue } from './save-queue.js';
import type { Store } from './store.js';

/** Applies an edit to the document as one undo step (`key` merges consecutive edits of one field). */
export function editDoc(store: Store, change: (doc: DocSnapshot, state: AppState) => DocSnapshot | undefined, extra: Partial<AppState> = {}, key?: string): void {
  const state = store.get();
  if (!state.doc) return;
  const next = change(state.doc, state);
  if (!next || next === state.doc) {
    if (Object.keys(extra).length > 0) store.set({ ...state, ...extra });
    return;
  }
  store.commit({ ...state, ...extra, doc: next }, state.doc, key);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface Controller {
  readonly saves: SaveQueue;
  start(): Promise<void>;
  openImage(name: string): Promise<void>;
  step(delta: 1 | -1): Promise<void>;
  refreshImages(): Promise<void>;
  notify(text: string, error?: boolean): void;
  predictCurrent(): Promise<void>;
  prelabelAll(): Promise<void>;
  cancelJob(): Promise<void>;
  recognizeSelected(): Promise<void>;
  saveProject(project: LabelProject): Promise<void>;
  addLabel(name: string): Promise<void>;
  renameLabel(from: string, to: string): Promise<void>;
  deleteLabel(name: string): Promise<void>;
  exportTo(format: ExportFormat, ratio: number, seed: number): Promise<ExportResult | undefined>;
  importFrom(format: ImportFormat, path: string): Promise<void>;
}

/** Creates the controller over a store. */
export function createController(store: Store): Controller {
  const saves = createSaveQueue(store);
  const set = (patch: Partial<AppState>): void => store.set({ ...store.get(), ...patch });
  const notify = (text: string, error = false): void => set({ notice: { text, error } });

  async function guarded(label: string, work: () => Promise<void>): Promise<void> {
    set({ busy: label });
    try {
      await work();
    } catch (error) {
      notify(errorText(error), true);
    } finally {
      set({ busy: null });
    }
  }

  async function refreshImages(): Promise<void> {
    const { images } = await api.images();
    set({ images });
  }

  async function openImage(name: string): Promise<void> {
    await saves.flush();
    const response = await api.annotation(name);
    const state = store.get();
    const server: DocSnapshot = response.annotation;
    const journal = readJournal(state.folder, name);
    let doc = server;
    let save: AppState['save'] = { kind: 'saved' };
    let notice = state.notice;
    if (journal && JSON.stringify(journal.doc) !== JSON.stringify(server)) {
      doc = journal.doc;
      if (journal.base === response.revision) {
        save = { kind: 'dirty' };
        notice = { text: 'Restored edits that were not saved yet.', error: false };
      } else {
        save = { kind: 'conflict', theirs: server, theirRevision: response.revision };
      }
    } else if (journal) {
      clearJournal(state.folder, name);
    }
    saves.quietly(() =>
      store.set({
        ...store.get(),
        current: name,
        doc,
        revision: response.revision,
        save,
        notice,
        selection: [],
        polygonDraft: null,
        linkSource: null,
        history: { past: [], future: [], lastKey: null },
      }),
    );
    if (save.kind === 'dirty') await saves.flush();
  }

  async function pollJob(id: string): Promise<void> {
    for (;;) {
      await new Promise((r) => setTimeout(r, 400));
      const job = await api.job(id);
      set({ job });
      if (job.state !== 'running') break;
    }
    await refreshImages();
    const s = store.get();
    if (s.current && s.doc && s.doc.page.segments.length === 0 && s.save.kind === 'saved') await openImage(s.current);
  }

  return {
    saves,
    notify,
    refreshImages,
    openImage: (name) => guarded('Loading', () => openImage(name)),
    async start() {
      await guarded('Loading', async () => {
        const info = await api.project();
        set({ project: info.project, folder: info.folder, predictor: info.predictor });
        await refreshImages();
        const first = store.get().images[0];
        if (first) await openImage(first.name);
      });
    },
    async step(delta) {
      const s = store.get();
      const list = filteredImages(s);
      if (list.length === 0) return;
      const at = list.findIndex((i) => i.name === s.current);
      const next = list[at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + delta))];
      if (next && next.name !== s.current) await guarded('Loading', () => openImage(next.name));
    },
    predictCurrent: () =>
      guarded('Pre-labelling', async () => {
        const s = store.get();
        if (!s.current) return;
        const prediction = await api.predict(s.current);
        let added = 0;
        editDoc(store, (doc) => {
          const fresh = mergePredictions(doc.page.segments, prediction.segments, nextId(doc.page));
          const page = { ...doc.page, width: doc.page.width || prediction.width, height: doc.page.height || prediction.height };
          added = fresh.length;
          return fresh.length === 0 ? undefined : { ...doc, page: addSegments(page, fresh) };
        });
        notify(`${added} predicted shapes added (dashed until accepted).`);
      }),
    prelabelAll: () =>
      guarded('Pre-labelling', async () => {
        await saves.flush();
        const names = filteredImages(store.get()).filter((i) => i.shapes === 0).map((i) => i.name);
        if (names.length === 0) {
          notify('Every listed image already has shapes.');
          return;
        }
        const job = await api.startPrelabel(names);
        set({ job });
        void pollJob(job.id).catch((e: unknown) => notify(errorText(e), true));
      }),
    async cancelJob() {
      const job = store.get().job;
      if (job) set({ job: await api.cancelJob(job.id) });
    },
    recognizeSelected: () =>
      guarded('Reading text', async () => {
        const s = store.get();
        const id = s.selection[0];
        const seg = s.doc?.page.segments.find((x) => x.id === id);
        if (!s.current || !seg) return;
        const { text } = await api.recognize(s.current, seg.points);
        editDoc(store, (doc) => ({
          ...doc,
          page: { ...doc.page, segments: doc.page.segments.map((x) => (x.id === seg.id ? { ...x, text } : x)) },
        }));
      }),
    saveProject: (project) =>
      guarded('Saving labels', async () => {
        set({ project: (await api.saveProject(project)).project });
      }),
    addLabel: (name) =>
      guarded('Saving labels', async () => {
        const project = store.get().project;
        const trimmed = name.trim();
        if (!project || trimmed === '') return;
        if (project.labels.some((l) => l.name.toLowerCase() === trimmed.toLowerCase())) throw new Error(`label "${trimmed}" exists`);
        const labels = [...project.labels, { name: trimmed, color: nextLabelColor(project.labels) }];
        set({ project: (await api.saveProject({ ...project, labels })).project });
      }),
    renameLabel: (from, to) =>
      guarded('Renaming', async () => {
        await saves.flush();
        const result = await api.renameLabel(from, to);
        set({ project: result.project, drawLabel: store.get().drawLabel === from ? to : store.get().drawLabel });
        notify(`Renamed "${from}" to "${to}" in ${result.shapes} shapes of ${result.files} files.`);
        const current = store.get().current;
        if (current) await openImage(current);
        await refreshImages();
      }),
    deleteLabel: (name) =>
      guarded('Deleting', async () => {
        await saves.flush();
        const result = await api.deleteLabel(name);
        set({ project: result.project });
        notify(`Deleted "${name}"; ${result.shapes} shapes are now "other".`);
        const current = store.get().current;
        if (current) await openImage(current);
        await refreshImages();
      }),
    async exportTo(format, ratio, seed) {
      let result: ExportResult | undefined;
      await guarded('Exporting', async () => {
        await saves.flush();
        result = await api.exportTo({ format, ratio, seed });
        const parts = result.parts ? ` (train ${result.parts.train}, val ${result.parts.val})` : '';
        notify(`Exported ${result.documents} images${parts} to ${result.output}/`);
      });
      return result;
    },
    importFrom: (format, path) =>
      guarded('Importing', async () => {
        await saves.flush();
        const r = await api.importFrom({ format, path });
        notify(`Imported ${r.imported} images (${r.skipped} skipped, ${r.copied} copied in).`);
        await refreshImages();
        const current = store.get().current;
        if (current) await openImage(current);
      }),
  };
}
