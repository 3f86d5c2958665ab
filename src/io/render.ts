import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Canvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { KieError } from '../core/errors.js';
import type { Quad } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';

/** Font family name under which kie's bundled CJK + Latin font is registered. */
export const KIE_FONT = 'KieNotoSans';
let fontRegistered = false;

/**
 * Registers Noto Sans (Simplified Chinese, with Latin) from the `@embedpdf/fonts-sc`
 * npm package, so that pictures render Chinese on a machine with no system fonts.
 */
export function ensureFont(): string {
  if (!fontRegistered) {
    const require = createRequire(import.meta.url);
    // The package exports only its JS entry (dist/index.*); the fonts sit beside dist/.
    const dir = dirname(dirname(require.resolve('@embedpdf/fonts-sc')));
    const ok = GlobalFonts.registerFromPath(join(dir, 'fonts', 'NotoSansHans-Regular.otf'), KIE_FONT);
    if (!ok) throw new KieError('INTERNAL', 'could not load the bundled font NotoSansHans-Regular.otf');
    fontRegistered = true;
  }
  return KIE_FONT;
}

/** Copies an RGB image into a canvas context at (dx, dy). */
export function drawRgb(ctx: SKRSContext2D, image: RgbImage, dx = 0, dy = 0): void {
  const imageData = ctx.createImageData(image.width, image.height);
  const out = imageData.data;
  const n = image.width * image.height;
  for (let i = 0; i < n; i++) {
    out[i * 4] = image.data[i * 3]!;
    out[i * 4 + 1] = image.data[i * 3 + 1]!;
    out[i * 4 + 2] = image.data[i * 3 + 2]!;
    out[i * 4 + 3] = 255;
  }
  ctx.putImageData(imageData, dx, dy);
}

/** Canvases whose encode is running: held here so that the garbage collector cannot free them meanwhile. */
const encoding = new Set<Canvas>();

/**
 * The PNG or JPEG bytes of a canvas, encoded on the libuv threadpool. The canvas is
 * held until the bytes are back: @napi-rs/canvas 0.1 (the copy pdf.js needs) encodes
 * from a pointer to the canvas's surface that it does not own, and a canvas the
 * garbage collector frees meanwhile crashes the whole process with a segmentation
 * fault (Brooooooklyn/canvas#1312, fixed in 1.x). Every picture kie writes goes through here.
 */
export async function encodeCanvas(canvas: Canvas, format: 'png' | 'jpeg' = 'png', quality?: number): Promise<Buffer> {
  encoding.add(canvas);
  try {
    return format === 'jpeg' ? await canvas.encode('jpeg', quality) : await canvas.encode('png');
  } finally {
    encoding.delete(canvas);
  }
}

export function tracePolygon(ctx: SKRSContext2D, points: readonly (readonly [number, number])[], dx = 0): void {
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x + dx, y) : ctx.lineTo(x + dx, y)));
  ctx.closePath();
}

export interface OcrVisLine {
  readonly points: Quad;
  readonly text: string;
}

/**
 * PaddleOCR-style OCR picture: the page with every line's polygon on the left, and
 * on the right a white page where each line's text is written inside its polygon.
 * Returns PNG bytes.
 */
export async function renderOcrPicture(image: RgbImage, lines: readonly OcrVisLine[]): Promise<Buffer> {
  const font = ensureFont();
  const { width, height } = image;
  const canvas = new Canvas(width * 2, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width * 2, height);
  drawRgb(ctx, image);
  const stroke = Math.max(1, Math.round(Math.max(width, height) / 800));
  lines.forEach((line, i) => {
    const hue = (i * 47) % 360;
    ctx.strokeStyle = `hsl(${hue}, 80%, 40%)`;
    ctx.fillStyle = `hsla(${hue}, 80%, 50%, 0.18)`;
    ctx.lineWidth = stroke;
    tracePolygon(ctx, line.points);
    ctx.fill();
    ctx.stroke();
    tracePolygon(ctx, line.points, width);
    ctx.stroke();
    const [tl, tr, , bl] = line.points;
    const boxH = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    const boxW = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    let size = Math.max(8, boxH * 0.8);
    ctx.font = `${size}px ${font}`;
    const measured = ctx.measureText(line.text).width;
    if (measured > boxW && measured > 0) size = Math.max(6, (size * boxW) / measured);
    ctx.font = `${size}px ${font}`;
    ctx.fillStyle = '#000000';
    ctx.save();
    ctx.translate(tl[0] + width, tl[1]);
    ctx.rotate(Math.atan2(tr[1] - tl[1], tr[0] - tl[0]));
    ctx.textBaseline = 'middle';
    ctx.fillText(line.text, 0, boxH / 2);
    ctx.restore();
  });
  return encodeCanvas(canvas);
}
