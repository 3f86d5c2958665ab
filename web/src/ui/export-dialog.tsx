/** Export to PP-OCR KIE, FUNSD or XFUND (train/val by ratio and seed), and import. */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from '../../../src/core/label-project.js';
import type { ExportResult } from '../api/client.js';
import { useApp } from './app-context.js';
import { Modal } from './modal.js';

export function ExportDialog() {
  const { store, controller } = useApp();
  const [format, setFormat] = useState<ExportFormat>('ppocr-kie');
  const [ratio, setRatio] = useState(0.8);
  const [seed, setSeed] = useState(0);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [importFormat, setImportFormat] = useState<ImportFormat>('ppocrlabel');
  const [importPath, setImportPath] = useState('.');
  const close = (): void => store.set({ ...store.get(), modal: null });
  return (
    <Modal title="Export and import" onClose={close}>
      <div class="form-grid">
        <label for="export-format">Format</label>
        <select id="export-format" data-testid="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>{f}</option>
          ))}
        </select>
        <label for="export-ratio">Train ratio</label>
        <input id="export-ratio" data-testid="export-ratio" type="number" min={0.05} max={1} step={0.05} value={ratio} onInput={(e) => setRatio(Number(e.currentTarget.value))} />
        <label for="export-seed">Seed</label>
        <input id="export-seed" data-testid="export-seed" type="number" step={1} value={seed} onInput={(e) => setSeed(Number(e.currentTarget.value))} />
      </div>
      <p class="muted small-text">Labelled and verified images are written to <code>export/{format}/</code> in the folder, images copied, paths relative.</p>
      <button class="primary" data-testid="run-export" onClick={async () => setResult((await controller.exportTo(format, ratio, seed)) ?? null)}>
        Export
      </button>
      {result && (
        <div class="result" data-testid="export-result">
          {result.documents} images → <code>{result.output}/</code>
          {result.parts && ` (train ${result.parts.train}, val ${result.parts.val})`}
          <ul>
            {result.written.slice(0, 6).map((w) => (
              <li key={w}><code>{w}</code></li>
            ))}
          </ul>
        </div>
      )}
      <hr />
      <div class="form-grid">
        <label for="import-format">Import</label>
        <select id="import-format" value={importFormat} onChange={(e) => setImportFormat(e.currentTarget.value as ImportFormat)}>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>{f === 'ppocrlabel' ? 'PPOCRLabel folder (Label.txt)' : 'PP-OCR KIE label file'}</option>
          ))}
        </select>
        <label for="import-path">Path in folder</label>
        <input id="import-path" type="text" value={importPath} onInput={(e) => setImportPath(e.currentTarget.value)} />
      </div>
      <button onClick={() => void controller.importFrom(importFormat, importPath)}>Import</button>
      <p class="muted small-text">Images that already have shapes are skipped.</p>
    </Modal>
  );
}
