/**
 * Pictures of KIE results in the manner of PaddleOCR's `draw_ser_results` and
 * `draw_re_results`: the page with each segment's box coloured by class and its
 * `label: text` written above it (Chinese in the bundled font), and the page with
 * keys in red, values in blue and a green line between linked pairs.
 */
import { Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { boundingBox, type Polygon } from '../core/geometry.js';
import type { RgbImage } from '../core/image.js';
import { normalizeLabel } from '../core/labels.js';
import { drawRgb, encodeCanvas, ensureFont, tracePolygon } from './render.js';

/** What a picture needs of a segment (pixel coordinates). */
export interface KieVisSegment {
  readonly id: number;
  readonly points: Polygon;
  readonly text: string;
  readonly label: string;
}

/** Fixed colours of the usual classes; other classes get colours by their position in the class list. */
const CLASS_COLOURS: Readonly<Record<string, string>> = {
  question: '#e53935',
  answer: '#1e88e5',
  header: '#8e24aa',
  other: '#9e9e9e',
};

/** The colour of a class in SER pictures. */
export function classColour(label: string, classes: readonly string[] = []): string {
  const l = normalizeLabel(label);
  const fixed = CLASS_COLOURS[l];
  if (fixed) return fixed;
  const index = Math.max(0, classes.map(normalizeLabel).indexOf(l));
  return `hsl(${(index * 67 + 30) % 360}, 70%, 40%)`;
}

function startPicture(image: RgbImage): { canvas: Canvas; ctx: SKRSContext2D; stroke: number; font: string } {
  const font = ensureFont();
  const canvas = new Canvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  drawRgb(ctx, image);
  return { canvas, ctx, stroke: Math.max(2, Math.round(Math.max(image.width, image.height) / 600)), font };
}

/** Median box height of the segments in pixels, the size of written labels. */
function textSize(segments: readonly KieVisSegment[]): number {
  const heights = segments.map((s) => {
    const b = boundingBox(s.points);
    return b.y1 - b.y0;
  });
  heights.sort((a, b) => a - b);
  return Math.max(10, Math.round((heights[heights.length >> 1] ?? 20) * 0.55));
}

/**
 * SER picture: boxes filled and outlined in their class colour, `label: text`
 * above each, and a legend of the classes present. Returns PNG bytes.
 */
export async function renderSerPicture(
  image: RgbImage,
  segments: readonly KieVisSegment[],
  classes: readonly string[] = [],
): Promise<Buffer> {
  const { canvas, ctx, stroke, font } = startPicture(image);
  const size = textSize(segments);
  ctx.lineWidth = stroke;
  ctx.font = `${size}px ${font}`;
  ctx.textBaseline = 'bottom';
  for (const s of segments) {
    const colour = classColour(s.label, classes);
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.15;
    tracePolygon(ctx, s.points);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
    const box = boundingBox(s.points);
    const caption = `${normalizeLabel(s.label)}: ${s.text}`;
    const w = ctx.measureText(caption).width;
    ctx.globalAlpha = 0.75;
    ctx.fillRect(box.x0, box.y0 - size - 2, w + 4, size + 2);
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#ffffff';
    ctx.fillText(caption, box.x0 + 2, box.y0 - 1);
  }
  const present = [...new Set(segments.map((s) => normalizeLabel(s.label)))];
  const ordered = [...classes.map(normalizeLabel).filter((c) => present.includes(c)), ...present.filter((c) => !classes.map(normalizeLabel).includes(c))];
  drawLegend(ctx, ordered.map((c) => [c, classColour(c, classes)] as const), size, image.width);
  return encodeCanvas(canvas);
}

/**
 * RE picture: keys (`keyClass`) outlined in red, values (`valueClass`) in blue,
 * a green line from each key's centre to each linked value's centre. Returns PNG bytes.
 */
export async function renderRePicture(
  image: RgbImage,
  segments: readonly KieVisSegment[],
  links: readonly { readonly from: number; readonly to: number }[],
  options: { keyClass?: string; valueClass?: string } = {},
): Promise<Buffer> {
  const { canvas, ctx, stroke } = startPicture(image);
  const keyClass = options.keyClass ?? 'question';
  const valueClass = options.valueClass ?? 'answer';
  const byId = new Map(segments.map((s) => [s.id, s]));
  ctx.lineWidth = stroke;
  for (const s of segments) {
    const l = normalizeLabel(s.label);
    if (l !== keyClass && l !== valueClass) continue;
    const colour = l === keyClass ? '#e53935' : '#1e88e5';
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.15;
    tracePolygon(ctx, s.points);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  }
  ctx.strokeStyle = '#2e7d32';
  ctx.lineWidth = stroke * 1.5;
  for (const link of links) {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b) continue;
    const [ax, ay] = centre(a.points);
    const [bx, by] = centre(b.points);
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  }
  drawLegend(
    ctx,
    [
      [keyClass, '#e53935'],
      [valueClass, '#1e88e5'],
      ['link', '#2e7d32'],
    ],
    textSize(segments),
    image.width,
  );
  return encodeCanvas(canvas);
}

function centre(points: Polygon): [number, number] {
  const b = boundingBox(points);
  return [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
}

/** A white box in the top-right corner with one swatch and name per entry. */
function drawLegend(ctx: SKRSContext2D, entries: readonly (readonly [string, string])[], size: number, width: number): void {
  if (entries.length === 0) return;
  ctx.font = `${size}px ${ensureFont()}`;
  const pad = Math.round(size / 2);
  const textW = Math.max(...entries.map(([name]) => ctx.measureText(name).width));
  const boxW = pad * 3 + size + textW;
  const boxH = pad + entries.length * (size + pad);
  const x0 = width - boxW - pad;
  ctx.globalAlpha = 0.9;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x0, pad, boxW, boxH);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 1;
  ctx.strokeRect(x0, pad, boxW, boxH);
  ctx.textBaseline = 'middle';
  entries.forEach(([name, colour], i) => {
    const y = pad * 2 + i * (size + pad);
    ctx.fillStyle = colour;
    ctx.fillRect(x0 + pad, y, size, size);
    ctx.fillStyle = '#000000';
    ctx.fillText(name, x0 + pad * 2 + size, y + size / 2);
  });
}
