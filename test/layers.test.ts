/**
 * Keeps the architecture: layers import downward only, core stays pure, and only
 * src/runtime/ touches onnxruntime. Scans every source file's imports (type
 * imports included).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const RANK: Readonly<Record<string, number>> = {
  core: 0,
  io: 1,
  runtime: 2,
  models: 3,
  pipeline: 4,
  train: 5,
  eval: 5,
  cli: 6,
  server: 6,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(name) && !/\.test\.ts$/u.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gmu)) specs.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu)) specs.push(m[1]!);
  return specs;
}

const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!;

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('has files in every layer it knows and no unknown top-level folder', () => {
    const layers = new Set(files.map(layerOf).filter((l) => !l.endsWith('.ts')));
    for (const layer of layers) expect(Object.keys(RANK)).toContain(layer);
  });

  it('imports downward only', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from.endsWith('.ts')) continue; // src/index.ts re-exports everything
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if ((RANK[to] ?? 99) > (RANK[from] ?? -1)) violations.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps src/core free of Node, DOM and native libraries', () => {
    const impure = files
      .filter((f) => layerOf(f) === 'core')
      .flatMap((f) => importsOf(f).filter((s) => !s.startsWith('.')).map((s) => `${relative(SRC, f)} → ${s}`));
    expect(impure).toEqual([]);
  });

  it('imports onnxruntime only in src/runtime', () => {
    const outside = files.filter((f) => layerOf(f) !== 'runtime' && importsOf(f).some((s) => s.startsWith('onnxruntime')));
    expect(outside.map((f) => relative(SRC, f))).toEqual([]);
  });
});
