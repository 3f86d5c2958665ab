import { useApp, useAppState } from './app-context.js';

const SAVE_TEXT = { saved: 'Saved', dirty: 'Unsaved…', saving: 'Saving…', conflict: 'Conflict', error: 'Not saved' } as const;

/** Save state, conflicts, job progress and messages, under the canvas. */
export function StatusBar() {
  const { controller, store } = useApp();
  const state = useAppState();
  const job = state.job;
  return (
    <footer class="status">
      <span class={`save save-${state.save.kind}`} data-testid="save-status" data-state={state.save.kind}>
        {SAVE_TEXT[state.save.kind]}
      </span>
      {state.save.kind === 'conflict' && (
        <span class="conflict" data-testid="conflict">
          This image was changed elsewhere (another tab or tool) since it was loaded.
          <button class="small" onClick={() => controller.saves.takeTheirs()}>Load theirs</button>
          <button class="small danger" onClick={() => void controller.saves.keepMine()}>Keep mine</button>
        </span>
      )}
      {state.save.kind === 'error' && <span class="error-text">{state.save.message}</span>}
      {job && (
        <span class="job" data-testid="job">
          {job.state === 'running' ? 'Pre-labelling' : `Pre-labelling ${job.state}`} {job.done + job.skipped}/{job.total}
          <progress max={job.total || 1} value={job.done + job.skipped} />
          {job.state === 'running' ? (
            <button class="small" onClick={() => void controller.cancelJob()}>Cancel</button>
          ) : (
            <button class="small" onClick={() => store.set({ ...store.get(), job: null })}>×</button>
          )}
        </span>
      )}
      {state.busy && <span class="busy">{state.busy}…</span>}
      {state.notice && (
        <span class={state.notice.error ? 'notice error-text' : 'notice'} data-testid="notice">
          {state.notice.text}
          <button class="small ghost" onClick={() => store.set({ ...store.get(), notice: null })}>×</button>
        </span>
      )}
      <span class="right muted">
        {state.current ?? ''} {state.doc ? `${state.doc.page.width}×${state.doc.page.height}` : ''} · tool {state.tool}
        {state.tool === 'link' && (state.linkSource === null ? ' · click a question' : ` · from ${state.linkSource}: click answers`)}
      </span>
    </footer>
  );
}
