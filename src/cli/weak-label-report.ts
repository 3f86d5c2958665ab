import type { WeakLabelReport } from '../core/weak-label-dataset.js';

/** Text of a weak-label coverage report, as printed by `kie convert`: per field, lines per label, a sample of misses. */
export function formatWeakLabelReport(report: WeakLabelReport, sample = 10): string {
  const out = [`weak labels: ${report.documents} documents, ${report.lines} lines`];
  for (const [name, f] of Object.entries(report.fields)) {
    const pct = f.values > 0 ? ((100 * f.found) / f.values).toFixed(1) : '-';
    out.push(`  ${name.padEnd(10)} found ${f.found}/${f.values} (${pct}%)`);
  }
  const labelled = Object.values(report.labelledLines).reduce((a, b) => a + b, 0);
  const per = Object.entries(report.labelledLines).map(([l, n]) => `${l} ${n}`).join(', ');
  out.push(`  lines labelled ${labelled}/${report.lines}: ${per}`);
  if (report.misses.length > 0) {
    out.push(`  misses (${report.misses.length}${report.misses.length > sample ? `, first ${sample}` : ''}):`);
    for (const m of report.misses.slice(0, sample)) out.push(`    ${m.document} ${m.field}: ${JSON.stringify(m.value)}`);
  }
  return `${out.join('\n')}\n`;
}
