/**
 * The project settings of a labelled folder (label list, colours, options) in
 * `<folder>/.kie/project.json`, kept out of the folder's top level so that readers of
 * the X-AnyLabeling JSON files beside the images never mistake it for one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LABEL_PROJECT, parseLabelProject, type LabelProject } from '../../core/label-project.js';
import { parseJson } from '../../io/formats/files.js';
import { writeFileAtomic } from './atomic-write.js';
import type { LabelFolder } from './folder.js';

/** Path of the settings file of a folder. */
export function projectPath(folder: LabelFolder): string {
  return join(folder.root, '.kie', 'project.json');
}

/** The folder's settings, or the defaults (XFUND classes) when it has none yet. */
export async function loadProject(folder: LabelFolder): Promise<LabelProject> {
  const file = projectPath(folder);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return DEFAULT_LABEL_PROJECT;
  }
  return parseLabelProject(parseJson(text, file), file);
}

/** Validates and writes the settings atomically; returns what was written. */
export async function saveProject(folder: LabelFolder, value: unknown): Promise<LabelProject> {
  const project = parseLabelProject(value);
  await writeFileAtomic(projectPath(folder), `${JSON.stringify(project, null, 2)}\n`);
  return project;
}
