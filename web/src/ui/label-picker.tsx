import { useState } from 'preact/hooks';
import type { LabelDef } from '../../../src/core/label-project.js';
import { sameLabel } from '../../../src/core/labels.js';

interface Props {
  readonly labels: readonly LabelDef[];
  readonly value: string | null;
  readonly onPick: (name: string) => void;
}

/** The label list with a search box; Enter picks the first match. */
export function LabelPicker({ labels, value, onPick }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = labels.filter((l) => q === '' || l.name.toLowerCase().includes(q));
  return (
    <div class="label-picker">
      <input
        type="search"
        placeholder="Search labels"
        data-testid="label-search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          const first = shown[0];
          if (e.key === 'Enter' && first) {
            onPick(first.name);
            setQuery('');
          }
        }}
      />
      <div class="label-options" role="listbox">
        {shown.map((l) => (
          <button
            key={l.name}
            role="option"
            aria-selected={value !== null && sameLabel(value, l.name)}
            class={`label-option${value !== null && sameLabel(value, l.name) ? ' active' : ''}`}
            data-label={l.name}
            onClick={() => onPick(l.name)}
          >
            <span class="swatch" style={{ background: l.color }} />
            {l.name}
          </button>
        ))}
        {shown.length === 0 && <span class="muted">No label matches; add it with the label manager (Ctrl+E).</span>}
      </div>
    </div>
  );
}
