/**
 * End to end in a real browser: `kie label` on a generated folder, draw two
 * rectangles, label and transcribe them, link question → answer, undo, reload and
 * find everything kept, navigate with D / A, export PP-OCR KIE and check the files.
 * Skips (saying why) only when no chromium is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from './label/browser.js';
import { startKieLabel, type LabelProcess } from './label/cli-process.js';
import { imageFolder } from './label/fixtures.js';
import { blur, clickImage, drag, waitSaved } from './label/page.js';

const chromiumPath = findChromium();
if (!chromiumPath) console.warn('label e2e: SKIPPED — no chromium found at /usr/bin/chromium (apt-get install chromium) or $KIE_CHROMIUM');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe.skipIf(!chromiumPath)('kie label in chromium', () => {
  let dir = '';
  let server: LabelProcess;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web'], { cwd: ROOT });
    dir = await imageFolder(['form-1.png', 'form-2.png']);
    server = await startKieLabel(dir, ['--no-ocr']);
    context = await launchChromium(chromiumPath as string);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  it('draws, labels, links, keeps everything over a reload, and exports PP-OCR KIE', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('canvas[data-ready="true"][data-image="form-1.png"]');
    await expect.poll(() => page.locator('[data-testid="file-list"] .file').count()).toBe(2);

    // Question: a rectangle around the first bar, labelled and transcribed.
    await page.keyboard.press('r');
    await drag(page, [36, 36], [144, 64]);
    await page.waitForSelector('[data-testid="shape-fields"][data-id="0"]');
    await page.click('.label-option[data-label="question"]');
    await page.fill('[data-testid="description"]', 'Name:');
    await blur(page);

    // Answer: the bar to its right; the label list is searched.
    await drag(page, [196, 36], [344, 64]);
    await page.waitForSelector('[data-testid="shape-fields"][data-id="1"]');
    await page.fill('[data-testid="label-search"]', 'ans');
    await page.press('[data-testid="label-search"]', 'Enter');
    await page.fill('[data-testid="description"]', 'Ann Lee');
    await blur(page);

    // A stray third shape, undone with Ctrl+Z.
    await drag(page, [36, 96], [144, 124]);
    await page.waitForSelector('[data-testid="shape-fields"][data-id="2"]');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-testid="shape-fields"]', { state: 'detached' });

    // Link question → answer with the link tool.
    await page.keyboard.press('l');
    await clickImage(page, 90, 50);
    await clickImage(page, 270, 50);
    await expect.poll(() => page.locator('[data-testid="linking"] code').allTextContents()).toEqual(['[0, 1]']);
    await waitSaved(page);

    const saved = JSON.parse(await readFile(join(dir, 'form-1.json'), 'utf8')) as { shapes: Array<Record<string, unknown>> };
    expect(saved.shapes.map((s) => [s.group_id, s.label, s.description, s.kie_linking, s.shape_type])).toEqual([
      [0, 'question', 'Name:', [[0, 1]], 'rectangle'],
      [1, 'answer', 'Ann Lee', [[0, 1]], 'rectangle'],
    ]);

    // Reload: the shapes, fields and link are still there.
    await page.reload();
    await page.waitForSelector('canvas[data-ready="true"][data-image="form-1.png"]');
    await expect.poll(() => page.locator('.shape-item').count()).toBe(2);
    await page.keyboard.press('v');
    await clickImage(page, 270, 50);
    await page.waitForSelector('[data-testid="shape-fields"][data-id="1"]');
    expect(await page.inputValue('[data-testid="description"]')).toBe('Ann Lee');
    expect(await page.locator('.label-option.active').getAttribute('data-label')).toBe('answer');
    expect(await page.locator('[data-testid="linking"] code').allTextContents()).toEqual(['[0, 1]']);
    expect(await page.locator('.file[data-name="form-1.png"]').getAttribute('data-status')).toBe('labelled');

    // D / A move between images.
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await page.waitForSelector('canvas[data-ready="true"][data-image="form-2.png"]');
    await page.keyboard.press('a');
    await page.waitForSelector('canvas[data-ready="true"][data-image="form-1.png"]');

    // Export PP-OCR KIE from the app.
    await page.click('[data-testid="open-export"]');
    await page.selectOption('[data-testid="export-format"]', 'ppocr-kie');
    await page.click('[data-testid="run-export"]');
    await page.waitForSelector('[data-testid="export-result"]');
    const out = join(dir, 'export', 'ppocr-kie');
    expect((await readdir(out)).sort()).toEqual(['class_list.txt', 'images', 'train.txt']);
    expect(await readFile(join(out, 'class_list.txt'), 'utf8')).toBe('OTHER\nHEADER\nQUESTION\nANSWER\n');
    const [image, json] = (await readFile(join(out, 'train.txt'), 'utf8')).trim().split('\t') as [string, string];
    expect(image).toBe('images/form-1.png');
    const items = JSON.parse(json) as Array<{ points: number[][] } & Record<string, unknown>>;
    expect(items.map(({ points: _p, ...rest }) => rest)).toEqual([
      { transcription: 'Name:', label: 'question', id: 0, linking: [[0, 1]], difficult: false },
      { transcription: 'Ann Lee', label: 'answer', id: 1, linking: [[0, 1]], difficult: false },
    ]);
    // Drawn by mouse at the canvas zoom: within a pixel of the intended corners.
    const near = (points: number[][], box: number[]): boolean =>
      points.length === 4 && points.every(([x = 0, y = 0], i) => Math.abs(x - (box[i === 0 || i === 3 ? 0 : 2] ?? 0)) <= 1 && Math.abs(y - (box[i < 2 ? 1 : 3] ?? 0)) <= 1);
    expect(near(items[0]?.points ?? [], [36, 36, 144, 64])).toBe(true);
    expect(near(items[1]?.points ?? [], [196, 36, 344, 64])).toBe(true);
    expect(await readdir(join(out, 'images'))).toEqual(['form-1.png']);
    expect(errors).toEqual([]);
  });

  it('tells the second of two tabs that the image changed, and keeps both versions reachable', async () => {
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    for (const tab of [tabA, tabB]) {
      await tab.goto(server.url);
      await tab.waitForSelector('canvas[data-ready="true"][data-image="form-1.png"]');
      await tab.keyboard.press('d');
      await tab.waitForSelector('canvas[data-ready="true"][data-image="form-2.png"]');
    }
    // Tab A draws and saves; tab B, still on the old revision, draws too.
    await tabA.keyboard.press('r');
    await drag(tabA, [36, 96], [144, 124]);
    await waitSaved(tabA);
    await tabB.keyboard.press('r');
    await drag(tabB, [196, 96], [320, 124]);
    await tabB.waitForSelector('[data-testid="conflict"]');
    // Nothing was overwritten: the file is tab A's.
    const onDisk = JSON.parse(await readFile(join(dir, 'form-2.json'), 'utf8')) as { shapes: Array<{ points: number[][] }> };
    expect(onDisk.shapes).toHaveLength(1);
    expect(onDisk.shapes[0]?.points[0]?.[0]).toBeLessThan(100);
    // Tab B keeps its own version after seeing the conflict.
    await tabB.click('[data-testid="conflict"] button.danger');
    await waitSaved(tabB);
    const after = JSON.parse(await readFile(join(dir, 'form-2.json'), 'utf8')) as { shapes: Array<{ points: number[][] }> };
    expect(after.shapes).toHaveLength(1);
    expect(after.shapes[0]?.points[0]?.[0]).toBeGreaterThan(150);
    await tabA.close();
    await tabB.close();
  });
});
