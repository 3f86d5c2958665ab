import type { ToolName } from '../state/app-state.js';
import { getAction } from '../state/actions.js';
import { useApp, useAppState } from './app-context.js';

const TOOLS: ReadonlyArray<{ tool: ToolName; action: string; icon: string }> = [
  { tool: 'select', action: 'tool.select', icon: '↖' },
  { tool: 'rectangle', action: 'tool.rectangle', icon: '▭' },
  { tool: 'rotation', action: 'tool.rotation', icon: '⟳' },
  { tool: 'polygon', action: 'tool.polygon', icon: '⬠' },
  { tool: 'link', action: 'tool.link', icon: '⇢' },
];

function title(name: string): string {
  const a = getAction(name);
  return a.shortcut ? `${a.label} (${a.shortcut})` : a.label;
}

/** Tools, view toggles, pre-labelling and export, above the canvas. */
export function Toolbar() {
  const ctx = useApp();
  const state = useAppState();
  const run = (name: string) => () => void getAction(name).perform(ctx);
  const set = ctx.store.set;
  const hasPredictions = state.doc?.page.segments.some((s) => s.confidence !== undefined) ?? false;
  return (
    <div class="toolbar" role="toolbar">
      <div class="group">
        {TOOLS.map((t) => (
          <button key={t.tool} class={`tool${state.tool === t.tool ? ' active' : ''}`} title={title(t.action)} data-tool={t.tool} onClick={run(t.action)}>
            <span class="icon">{t.icon}</span>
            <span class="key">{getAction(t.action).shortcut}</span>
          </button>
        ))}
      </div>
      <div class="group">
        <label class="check" title="Polygon tool closes after four points">
          <input type="checkbox" checked={state.fourPoint} onChange={(e) => set({ ...ctx.store.get(), fourPoint: e.currentTarget.checked })} />
          4-point
        </label>
        <label class="check" title="Shrink new rectangles to the text under them">
          <input type="checkbox" checked={state.snap} onChange={(e) => set({ ...ctx.store.get(), snap: e.currentTarget.checked })} />
          Snap
        </label>
        <label class="check" title={title('view.links')}>
          <input type="checkbox" data-testid="show-links" checked={state.showLinks} onChange={run('view.links')} />
          Links
        </label>
      </div>
      <div class="group">
        <button title={title('edit.undo')} disabled={state.history.past.length === 0} onClick={run('edit.undo')}>Undo</button>
        <button title={title('edit.redo')} disabled={state.history.future.length === 0} onClick={run('edit.redo')}>Redo</button>
        <button title={title('view.fit')} onClick={run('view.fit')}>Fit</button>
        <span class="zoom">{Math.round(state.viewport.zoom * 100)}%</span>
      </div>
      <div class="group">
        {state.predictor !== null && (
          <>
            <button data-testid="prelabel" title={title('pred.current')} disabled={state.busy !== null || !state.current} onClick={run('pred.current')}>Pre-label</button>
            <button data-testid="prelabel-all" title={title('pred.all')} disabled={state.busy !== null || state.job?.state === 'running'} onClick={run('pred.all')}>Pre-label all</button>
          </>
        )}
        {hasPredictions && (
          <>
            <button class="accept" title="Accept the selected predictions, or all" onClick={run('pred.accept')}>Accept</button>
            <button class="reject" title="Delete the selected predictions, or all" onClick={run('pred.reject')}>Reject</button>
          </>
        )}
      </div>
      <div class="group right">
        <button class={state.doc?.verified ? 'verified active' : 'verified'} title={title('doc.verify')} onClick={run('doc.verify')}>
          {state.doc?.verified ? '✓ Verified' : 'Verify'}
        </button>
        <button title={title('labels.manager')} onClick={run('labels.manager')}>Labels</button>
        <button data-testid="open-export" onClick={run('file.export')}>Export</button>
        <button title="Keyboard shortcuts" onClick={run('help')}>?</button>
      </div>
    </div>
  );
}
