/**
 * Playwright helpers for the label app's browser tests: image pixels to page
 * positions (from the canvas's viewport attributes), drags, clicks, blur, saves.
 */
import type { Page } from 'playwright-core';

/** Screen position (page CSS pixels) of an image pixel, from the canvas's viewport attributes. */
export async function toPage(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('canvas.canvas');
  const box = await canvas.boundingBox();
  const [zoom, panX, panY] = await Promise.all(['data-zoom', 'data-pan-x', 'data-pan-y'].map(async (a) => Number(await canvas.getAttribute(a))));
  if (!box || zoom === undefined || panX === undefined || panY === undefined) throw new Error('canvas not laid out');
  return { x: box.x + panX + x * zoom, y: box.y + panY + y * zoom };
}

/** Canvas zoom (screen pixels per image pixel). */
export async function zoomOf(page: Page): Promise<number> {
  return Number(await page.locator('canvas.canvas').getAttribute('data-zoom'));
}

/** Mouse drag between two image pixels, in a few steps. */
export async function drag(page: Page, from: readonly [number, number], to: readonly [number, number]): Promise<void> {
  const a = await toPage(page, ...from);
  const b = await toPage(page, ...to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 3 });
  await page.mouse.up();
}

export async function clickImage(page: Page, x: number, y: number): Promise<void> {
  const p = await toPage(page, x, y);
  await page.mouse.click(p.x, p.y);
}

export async function blur(page: Page): Promise<void> {
  // Runs in the page: the string keeps DOM names out of this Node-typed file.
  await page.evaluate('document.activeElement && document.activeElement.blur()');
}

export async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
}
