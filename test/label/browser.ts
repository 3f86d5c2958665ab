/**
 * Headless Debian chromium for the browser tests, driven by playwright-core (no
 * browser download): found at /usr/bin/chromium (or $KIE_CHROMIUM), with a fresh
 * profile per launch.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.KIE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of a chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

/** Launches headless chromium with a fresh user-data-dir. */
export async function launchChromium(executablePath: string, viewport = { width: 1360, height: 860 }): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'kie-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
