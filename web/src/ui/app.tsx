import { useEffect } from 'preact/hooks';
import { CanvasView } from '../canvas/canvas-view.js';
import { actionForKey } from '../state/actions.js';
import { useApp, useAppState } from './app-context.js';
import { EditPanel } from './edit-panel.js';
import { ExportDialog } from './export-dialog.js';
import { FileList } from './file-list.js';
import { HelpDialog } from './help-dialog.js';
import { LabelManager } from './label-manager.js';
import { StatusBar } from './status-bar.js';
import { Toolbar } from './toolbar.js';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The layout: files | toolbar + canvas + status | fields; dialogs on top. */
export function App() {
  const ctx = useApp();
  const state = useAppState();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) && e.key !== 'Escape' && !((e.ctrlKey || e.metaKey) && ['s', 'e'].includes(e.key.toLowerCase()))) return;
      if (ctx.store.get().modal && e.key !== 'Escape') return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      void action.perform(ctx);
    };
    const onLeave = (): void => void ctx.controller.saves.flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [ctx]);
  return (
    <div class="app">
      <header class="top">
        <span class="brand">kie label</span>
        <span class="folder muted" title={state.folder}>{state.folder}</span>
      </header>
      <FileList />
      <main class="work">
        <Toolbar />
        <CanvasView />
        <StatusBar />
      </main>
      <EditPanel />
      {state.modal === 'labels' && <LabelManager />}
      {state.modal === 'export' && <ExportDialog />}
      {state.modal === 'help' && <HelpDialog />}
    </div>
  );
}
