/**
 * The fields of the selected shape: label, description (transcription), difficult,
 * group_id (the id links refer to) and linking; with nothing selected, the list of
 * the image's shapes.
 */
import { useState } from 'preact/hooks';
import type { Segment } from '../../../src/core/document.js';
import { getAction, setSegmentField } from '../state/actions.js';
import { editDoc } from '../state/controller.js';
import { addLink, changeId, removeLink, updateSegments } from '../state/doc-ops.js';
import { withSegment } from '../../../src/core/document.js';
import { labelColor } from '../canvas/render.js';
import { useApp, useAppState } from './app-context.js';
import { LabelPicker } from './label-picker.js';

function ShapeFields({ segment }: { segment: Segment }) {
  const ctx = useApp();
  const { store, controller } = ctx;
  const state = useAppState();
  const [idText, setIdText] = useState<string | null>(null);
  const [linkText, setLinkText] = useState('');
  const project = state.project;
  const run = (name: string) => () => void getAction(name).perform(ctx);
  const commitId = (): void => {
    if (idText === null) return;
    const to = Number(idText);
    setIdText(null);
    let ok = true;
    editDoc(store, (doc) => {
      const page = changeId(doc.page, segment.id, to);
      ok = page !== undefined;
      return page ? { ...doc, page } : undefined;
    }, {});
    if (!ok) controller.notify(`id ${idText} is taken or not a whole number ≥ 0`, true);
    else store.set({ ...store.get(), selection: [to] });
  };
  const addLinkTo = (): void => {
    const other = Number(linkText);
    setLinkText('');
    if (!state.doc?.page.segments.some((s) => s.id === other) || other === segment.id) {
      controller.notify(`no other shape with id ${linkText}`, true);
      return;
    }
    editDoc(store, (doc) => ({ ...doc, page: addLink(doc.page, segment.id, other) }));
  };
  return (
    <div class="fields" data-testid="shape-fields" data-id={segment.id}>
      <div class="field-row">
        <span class="badge" style={{ background: labelColor(project, segment.label) }}>{segment.label}</span>
        <span class="muted">{segment.shape.kind}{segment.shape.kind === 'rotation' ? ` ${segment.shape.angle.toFixed(1)}°` : ''}</span>
        {segment.confidence !== undefined && <span class="pred">prediction {Math.round(segment.confidence * 100)}%</span>}
      </div>
      <label class="field-label">label</label>
      <LabelPicker
        labels={project?.labels ?? []}
        value={segment.label}
        onPick={(label) => {
          setSegmentField(store, segment.id, { label });
          store.set({ ...store.get(), drawLabel: label });
        }}
      />
      <label class="field-label" for="description">description</label>
      <textarea
        id="description"
        data-testid="description"
        rows={2}
        value={segment.text}
        onInput={(e) => setSegmentField(store, segment.id, { text: e.currentTarget.value }, `text:${segment.id}`)}
      />
      {project?.useDifficult && (
        <label class="check">
          <input type="checkbox" checked={segment.difficult} onChange={(e) => setSegmentField(store, segment.id, { difficult: e.currentTarget.checked })} />
          difficult
        </label>
      )}
      <label class="field-label" for="group-id">group_id</label>
      <input
        id="group-id"
        data-testid="group-id"
        type="number"
        min={0}
        value={idText ?? String(segment.id)}
        onInput={(e) => setIdText(e.currentTarget.value)}
        onBlur={commitId}
        onKeyDown={(e) => e.key === 'Enter' && commitId()}
      />
      <label class="field-label">linking</label>
      <ul class="links" data-testid="linking">
        {segment.links.map(([a, b]) => (
          <li key={`${a}-${b}`}>
            <code>[{a}, {b}]</code>
            <button class="small" title="Remove this link" onClick={() => editDoc(store, (doc) => ({ ...doc, page: removeLink(doc.page, a, b) }))}>×</button>
          </li>
        ))}
        {segment.links.length === 0 && <li class="muted">none (use the link tool, L)</li>}
      </ul>
      <div class="field-row">
        <input class="short" type="number" placeholder="id" value={linkText} onInput={(e) => setLinkText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && addLinkTo()} />
        <button class="small" onClick={addLinkTo}>Link to id</button>
      </div>
      <div class="field-row actions">
        {state.predictor !== null && <button onClick={run('pred.recognize')} disabled={state.busy !== null} title="Crop the shape and read its text again (Ctrl+R)">Re-read text</button>}
        {segment.confidence !== undefined && <button class="accept" onClick={run('pred.accept')}>Accept</button>}
        <button onClick={run('edit.duplicate')}>Duplicate</button>
        <button class="danger" onClick={run('edit.delete')}>Delete</button>
      </div>
    </div>
  );
}

export function EditPanel() {
  const { store } = useApp();
  const state = useAppState();
  const segments = state.doc?.page.segments ?? [];
  const selected = segments.filter((s) => state.selection.includes(s.id));
  const first = selected[0];
  return (
    <aside class="edit">
      <div class="panel-title">{selected.length === 0 ? `Shapes ${segments.length}` : selected.length === 1 ? 'Shape' : `${selected.length} shapes`}</div>
      {selected.length === 1 && first && <ShapeFields key={first.id} segment={first} />}
      {selected.length > 1 && (
        <div class="fields">
          <label class="field-label">label of all selected</label>
          <LabelPicker
            labels={state.project?.labels ?? []}
            value={null}
            onPick={(label) => editDoc(store, (doc) => ({ ...doc, page: updateSegments(doc.page, state.selection, (s) => withSegment(s, { label })) }))}
          />
        </div>
      )}
      {selected.length === 0 && (
        <ul class="shape-list">
          {segments.map((s) => (
            <li key={s.id}>
              <button class="shape-item" onClick={() => store.set({ ...store.get(), selection: [s.id] })}>
                <span class="swatch" style={{ background: labelColor(state.project, s.label) }} />
                <span class="id">{s.id}</span>
                <span class="name">{s.text || <span class="muted">(no text)</span>}</span>
                {s.confidence !== undefined && <span class="pred">pred</span>}
              </button>
            </li>
          ))}
          {segments.length === 0 && <li class="muted empty">No shapes yet: draw one with R, O or P.</li>}
        </ul>
      )}
    </aside>
  );
}
