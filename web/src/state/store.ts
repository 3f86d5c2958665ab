/**
 * A tiny store around the {@link AppState} record: `get`, `set` (for the controller),
 * `commit` (a document edit, recorded for undo), and subscriptions for the UI.
 */
import type { AppState, DocSnapshot } from './app-state.js';

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  /** Replaces the state (no history). */
  set(next: AppState): void;
  /**
   * Records a document edit: `before` goes on the undo stack (unless `key` equals the
   * previous commit's key, which merges the two) and the redo stack is cleared.
   */
  commit(next: AppState, before: DocSnapshot, key?: string): void;
  subscribe(listener: Listener): () => void;
}

/** Most undo steps kept per image. */
export const HISTORY_LIMIT = 200;

/**
 * Creates a store.
 *
 * @example
 * const store = createStore(INITIAL_STATE);
 * store.subscribe((s) => render(s));
 */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const set = (next: AppState): void => {
    if (next === state) return;
    const previous = state;
    state = next;
    for (const l of listeners) l(state, previous);
  };
  return {
    get: () => state,
    set,
    commit(next, before, key) {
      const merge = key !== undefined && key === state.history.lastKey;
      const past = merge ? state.history.past : [...state.history.past, before].slice(-HISTORY_LIMIT);
      set({ ...next, history: { past, future: [], lastKey: key ?? null } });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
