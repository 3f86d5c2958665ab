/** Label manager (Ctrl+E): add, rename (every shape follows), recolour and delete labels. */
import { useState } from 'preact/hooks';
import { isBackground } from '../../../src/core/labels.js';
import type { LabelDef } from '../../../src/core/label-project.js';
import { useApp, useAppState } from './app-context.js';
import { Modal } from './modal.js';

function LabelRow({ label }: { label: LabelDef }) {
  const { controller } = useApp();
  const state = useAppState();
  const [name, setName] = useState(label.name);
  const project = state.project;
  if (!project) return null;
  const rename = (): void => {
    if (name.trim() !== '' && name.trim() !== label.name) void controller.renameLabel(label.name, name.trim());
  };
  return (
    <li class="label-row" data-label={label.name}>
      <input
        type="color"
        value={label.color}
        title="Colour"
        onChange={(e) => {
          const color = e.currentTarget.value;
          void controller.saveProject({ ...project, labels: project.labels.map((l) => (l.name === label.name ? { ...l, color } : l)) });
        }}
      />
      <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && rename()} />
      <button class="small" disabled={name.trim() === label.name || name.trim() === ''} onClick={rename}>Rename</button>
      <button
        class="small danger"
        disabled={isBackground(label.name)}
        title={isBackground(label.name) ? 'The background label stays' : 'Delete; its shapes become "other"'}
        onClick={() => {
          if (window.confirm(`Delete "${label.name}"? Its shapes in every image become "other".`)) void controller.deleteLabel(label.name);
        }}
      >
        Delete
      </button>
    </li>
  );
}

export function LabelManager() {
  const { store, controller } = useApp();
  const state = useAppState();
  const [fresh, setFresh] = useState('');
  const project = state.project;
  const close = (): void => store.set({ ...store.get(), modal: null });
  if (!project) return null;
  const add = (): void => {
    if (fresh.trim() === '') return;
    void controller.addLabel(fresh);
    setFresh('');
  };
  return (
    <Modal title="Labels" onClose={close}>
      <ul class="label-rows">
        {project.labels.map((l) => (
          <LabelRow key={l.name} label={l} />
        ))}
      </ul>
      <div class="field-row">
        <input type="text" placeholder="New label" data-testid="new-label" value={fresh} onInput={(e) => setFresh(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button onClick={add}>Add</button>
      </div>
      <label class="check">
        <input type="checkbox" checked={project.useDifficult} onChange={(e) => void controller.saveProject({ ...project, useDifficult: e.currentTarget.checked })} />
        Show the “difficult” flag (useDifficult)
      </label>
      <p class="muted small-text">Renaming and deleting rewrite every annotation file of the folder and clear the undo history.</p>
    </Modal>
  );
}
