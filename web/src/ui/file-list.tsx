import { IMAGE_STATUSES, type ImageStatus } from '../../../src/core/label-project.js';
import { filteredImages } from '../state/app-state.js';
import { useApp, useAppState } from './app-context.js';

const STATUS_TEXT: Readonly<Record<ImageStatus, string>> = {
  unlabelled: 'unlabelled',
  'pre-labelled': 'pre-labelled',
  labelled: 'labelled',
  verified: 'verified',
};

/** The folder's images with their status, a status filter and a name search. */
export function FileList() {
  const { store, controller } = useApp();
  const state = useAppState();
  const list = filteredImages(state);
  const counts = new Map<string, number>();
  for (const i of state.images) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  const setFilter = (patch: Partial<typeof state.filter>): void => store.set({ ...store.get(), filter: { ...store.get().filter, ...patch } });
  return (
    <aside class="files">
      <div class="panel-title">
        Images <span class="muted">{state.images.length}</span>
      </div>
      <input class="search" type="search" placeholder="Filter by name" value={state.filter.text} onInput={(e) => setFilter({ text: e.currentTarget.value })} />
      <div class="chips">
        {(['all', ...IMAGE_STATUSES] as const).map((s) => (
          <button key={s} class={`chip status-${s}${state.filter.status === s ? ' active' : ''}`} onClick={() => setFilter({ status: s })}>
            {s === 'all' ? 'all' : STATUS_TEXT[s]} <span class="muted">{s === 'all' ? state.images.length : (counts.get(s) ?? 0)}</span>
          </button>
        ))}
      </div>
      <ul class="file-items" data-testid="file-list">
        {list.map((i) => (
          <li key={i.name}>
            <button
              class={`file${i.name === state.current ? ' current' : ''}`}
              data-name={i.name}
              data-status={i.status}
              onClick={() => void controller.openImage(i.name)}
              title={`${i.name}: ${i.status}, ${i.shapes} shapes`}
            >
              <span class={`dot status-${i.status}`} />
              <span class="name">{i.name}</span>
              <span class="muted">{i.shapes > 0 ? i.shapes : ''}</span>
            </button>
          </li>
        ))}
        {list.length === 0 && <li class="muted empty">No image matches.</li>}
      </ul>
      <div class="hint muted">D next · A previous</div>
    </aside>
  );
}
