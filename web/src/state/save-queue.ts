/**
 * Saving: every document change is journalled at once and saved after a short
 * pause, one request at a time, each naming the revision it was based on. A 409
 * (the file changed elsewhere) turns into a conflict the user resolves; nothing is
 * overwritten silently.
 */
import { imageStatus } from '../../../src/core/label-project.js';
import { api, ApiError } from '../api/client.js';
import type { AppState, DocSnapshot } from './app-state.js';
import { clearJournal, writeJournal } from './journal.js';
import type { Store } from './store.js';

export interface SaveQueue {
  /** Saves what is pending now and waits for it. */
  flush(): Promise<void>;
  /** Overwrites the other version after a conflict (the user chose theirs is older). */
  keepMine(): Promise<void>;
  /** Drops the local edits for the version on disk. */
  takeTheirs(): void;
  /** Stops reacting to changes while `fn` loads a document. */
  quietly(fn: () => void): void;
}

const DELAY_MS = 300;

function withEntry(state: AppState, name: string, doc: DocSnapshot): AppState {
  const status = imageStatus(doc.page.segments, doc.verified);
  return { ...state, images: state.images.map((i) => (i.name === name ? { ...i, status, shapes: doc.page.segments.length } : i)) };
}

/** Wires saving to the store. */
export function createSaveQueue(store: Store): SaveQueue {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<void> | undefined;
  let quiet = false;

  const schedule = (delay = DELAY_MS): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  store.subscribe((s, prev) => {
    if (quiet || s.doc === prev.doc || !s.doc || !s.current || s.current !== prev.current) return;
    writeJournal(s.folder, s.current, { base: s.revision, doc: s.doc });
    if (s.save.kind === 'conflict') return;
    if (s.save.kind !== 'dirty') store.set({ ...store.get(), save: { kind: 'dirty' } });
    schedule();
  });

  async function send(name: string, doc: DocSnapshot, revision: string, force: boolean): Promise<void> {
    store.set({ ...store.get(), save: { kind: 'saving' } });
    try {
      const result = await api.save(name, { page: doc.page, verified: doc.verified }, revision, force);
      const now = store.get();
      if (now.current !== name) return;
      const same = now.doc === doc;
      store.set(withEntry({ ...now, revision: result.revision, save: same ? { kind: 'saved' } : { kind: 'dirty' } }, name, doc));
      if (same) clearJournal(now.folder, name);
      else schedule();
    } catch (error) {
      const now = store.get();
      if (error instanceof ApiError && error.status === 409) {
        const current = (error.body as { current?: { revision: string; annotation: DocSnapshot } } | null)?.current;
        if (current) {
          store.set({ ...now, save: { kind: 'conflict', theirs: current.annotation, theirRevision: current.revision } });
          return;
        }
      }
      store.set({ ...now, save: { kind: 'error', message: error instanceof Error ? error.message : String(error) } });
      schedule(3000);
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    for (;;) {
      if (inflight) {
        await inflight;
        continue;
      }
      const s = store.get();
      if (!s.current || !s.doc || (s.save.kind !== 'dirty' && s.save.kind !== 'error')) return;
      inflight = send(s.current, s.doc, s.revision, false).finally(() => {
        inflight = undefined;
      });
    }
  }

  return {
    flush,
    async keepMine() {
      const s = store.get();
      if (s.save.kind !== 'conflict' || !s.current || !s.doc) return;
      await send(s.current, s.doc, s.save.theirRevision, false);
    },
    takeTheirs() {
      const s = store.get();
      if (s.save.kind !== 'conflict' || !s.current) return;
      clearJournal(s.folder, s.current);
      quiet = true;
      try {
        store.set(
          withEntry(
            {
              ...s,
              doc: s.save.theirs,
              revision: s.save.theirRevision,
              save: { kind: 'saved' },
              selection: [],
              history: { past: [], future: [], lastKey: null },
            },
            s.current,
            s.save.theirs,
          ),
        );
      } finally {
        quiet = false;
      }
    },
    quietly(fn) {
      quiet = true;
      try {
        fn();
      } finally {
        quiet = false;
      }
    },
  };
}
