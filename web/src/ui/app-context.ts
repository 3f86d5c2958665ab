import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ActionContext } from '../state/actions.js';
import { getAction } from '../state/actions.js';
import type { AppState } from '../state/app-state.js';

/** What every component can reach: the store, the controller and the canvas size. */
export const AppContext = createContext<ActionContext | null>(null);

export function useApp(): ActionContext {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext missing');
  return ctx;
}

/** The current state; re-renders the component on every change. */
export function useAppState(): AppState {
  const { store } = useApp();
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe((s) => setState(s));
  }, [store]);
  return state;
}

/** A callback that runs the named action. */
export function useAction(name: string): () => void {
  const ctx = useApp();
  return () => void getAction(name).perform(ctx);
}
