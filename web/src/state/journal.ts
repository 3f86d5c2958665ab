/**
 * A browser-side journal of unsaved edits (localStorage), written on every change and
 * cleared once the server has the same document: a crash or a reload between an
 * edit and its save loses nothing.
 */
import type { DocSnapshot } from './app-state.js';

export interface JournalEntry {
  /** Server revision the edits were based on. */
  readonly base: string;
  readonly doc: DocSnapshot;
}

function key(folder: string, image: string): string {
  return `kie-label:${folder}:${image}`;
}

export function writeJournal(folder: string, image: string, entry: JournalEntry): void {
  try {
    localStorage.setItem(key(folder, image), JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

export function readJournal(folder: string, image: string): JournalEntry | undefined {
  try {
    const text = localStorage.getItem(key(folder, image));
    if (!text) return undefined;
    const value = JSON.parse(text) as Partial<JournalEntry>;
    return typeof value.base === 'string' && value.doc && Array.isArray(value.doc.page?.segments) ? (value as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

export function clearJournal(folder: string, image: string): void {
  try {
    localStorage.removeItem(key(folder, image));
  } catch {
    // Nothing to clear.
  }
}
