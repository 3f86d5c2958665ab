/**
 * Label manager operations over the whole folder: renaming a label rewrites every
 * shape that carries it (in every annotation file, each under its file lock), and
 * deleting one turns its shapes into the background class.
 */
import { withSegment } from '../../core/document.js';
import { KieError } from '../../core/errors.js';
import { BACKGROUND_LABEL, isBackground, sameLabel } from '../../core/labels.js';
import type { LabelProject } from '../../core/label-project.js';
import type { AnnotationStore } from './annotation-store.js';
import { listImageNames, resolveImage, type LabelFolder } from './folder.js';

/** Shapes changed and files rewritten by a label operation. */
export interface LabelOpResult {
  readonly project: LabelProject;
  readonly shapes: number;
  readonly files: number;
}

async function relabelShapes(folder: LabelFolder, store: AnnotationStore, from: string, to: string): Promise<{ shapes: number; files: number }> {
  let shapes = 0;
  let files = 0;
  for (const name of await listImageNames(folder)) {
    const imagePath = await resolveImage(folder, name);
    if ((await store.entry(imagePath)).shapes === 0) continue;
    await store.update(imagePath, (current) => {
      let changed = 0;
      const segments = current.page.segments.map((s) => {
        if (!sameLabel(s.label, from) || s.label === to) return s;
        changed++;
        return withSegment(s, { label: to });
      });
      if (changed === 0) return undefined;
      shapes += changed;
      files++;
      return { ...current, page: { ...current.page, segments } };
    });
  }
  return { shapes, files };
}

/**
 * Renames label `from` to `to` in the label list and in every shape of the folder.
 *
 * @throws KieError UNKNOWN_LABEL when `from` is not in the list, INVALID_ARGUMENT when `to` already is.
 */
export async function renameLabel(
  folder: LabelFolder,
  store: AnnotationStore,
  project: LabelProject,
  from: string,
  to: string,
): Promise<LabelOpResult> {
  const name = to.trim();
  if (name === '') throw new KieError('INVALID_ARGUMENT', 'a label name cannot be empty');
  if (!project.labels.some((l) => l.name === from)) {
    throw new KieError('UNKNOWN_LABEL', `no label "${from}" (labels: ${project.labels.map((l) => l.name).join(', ')})`);
  }
  if (project.labels.some((l) => l.name !== from && sameLabel(l.name, name))) {
    throw new KieError('INVALID_ARGUMENT', `a label "${name}" already exists`);
  }
  const counts = await relabelShapes(folder, store, from, name);
  const labels = project.labels.map((l) => (l.name === from ? { ...l, name } : l));
  return { project: { ...project, labels }, ...counts };
}

/** Removes a label from the list; its shapes become `other`. The background label cannot be deleted. */
export async function deleteLabel(
  folder: LabelFolder,
  store: AnnotationStore,
  project: LabelProject,
  name: string,
): Promise<LabelOpResult> {
  if (isBackground(name)) throw new KieError('INVALID_ARGUMENT', `the background label "${name}" cannot be deleted`);
  if (!project.labels.some((l) => l.name === name)) throw new KieError('UNKNOWN_LABEL', `no label "${name}"`);
  const counts = await relabelShapes(folder, store, name, BACKGROUND_LABEL);
  return { project: { ...project, labels: project.labels.filter((l) => l.name !== name) }, ...counts };
}
