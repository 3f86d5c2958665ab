/**
 * Renders the bundled example documents (an English form, a Chinese form, a
 * receipt) and their ground truth in PP-OCR KIE format (`examples/labels.txt`,
 * with labels and question→answer links). The outputs are committed; run
 * `npm run examples` after changing this script.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { createDataset, type KieDocument, type Segment } from '../src/core/document.js';
import { encodeCanvas, ensureFont } from '../src/io/render.js';
import { writePpocrKie } from '../src/io/formats/ppocr-kie.js';

interface Item {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly label: string;
  /** Index (within the document's items) of the question this answer belongs to. */
  readonly answers?: number;
  readonly bold?: boolean;
}

interface ExampleSpec {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly items: readonly Item[];
  readonly rules?: ReadonlyArray<readonly [number, number, number]>;
  readonly paper: string;
}

const q = (text: string, x: number, y: number, size = 22): Item => ({ text, x, y, size, label: 'question' });
const a = (text: string, x: number, y: number, question: number, size = 22): Item => ({ text, x, y, size, label: 'answer', answers: question });

const FORM_EN: ExampleSpec = {
  file: 'form-en.png',
  width: 1000,
  height: 760,
  paper: '#fbfaf6',
  items: [
    { text: 'APPLICATION FOR MEMBERSHIP', x: 280, y: 50, size: 32, label: 'header', bold: true },
    q('Name:', 80, 150),
    a('Jane Doe', 300, 150, 1),
    q('Date of Birth:', 80, 220),
    a('12/04/1988', 300, 220, 3),
    q('Phone:', 80, 290),
    a('(555) 013-2047', 300, 290, 5),
    q('Email:', 80, 360),
    a('jane.doe@example.com', 300, 360, 7),
    q('Address:', 80, 430),
    a('42 Harbor Lane, Springfield', 300, 430, 9),
    q('Membership Type:', 80, 500),
    a('Annual', 300, 500, 11),
    { text: 'Signature', x: 80, y: 620, size: 20, label: 'other' },
    { text: 'Page 1 of 1', x: 840, y: 700, size: 16, label: 'other' },
  ],
  rules: [
    [300, 182, 900],
    [300, 252, 900],
    [300, 322, 900],
    [300, 392, 900],
    [300, 462, 900],
    [300, 532, 900],
    [200, 650, 600],
  ],
};

const FORM_ZH: ExampleSpec = {
  file: 'form-zh.png',
  width: 1000,
  height: 720,
  paper: '#ffffff',
  items: [
    { text: '个人信息登记表', x: 380, y: 50, size: 36, label: 'header', bold: true },
    q('姓名:', 80, 150, 26),
    a('张伟', 300, 150, 1, 26),
    q('性别:', 560, 150, 26),
    a('男', 700, 150, 3, 26),
    q('出生日期:', 80, 230, 26),
    a('1990年5月12日', 300, 230, 5, 26),
    q('联系电话:', 80, 310, 26),
    a('13812345678', 300, 310, 7, 26),
    q('住址:', 80, 390, 26),
    a('北京市海淀区中关村大街1号', 300, 390, 9, 26),
    q('工作单位:', 80, 470, 26),
    a('星辰科技有限公司', 300, 470, 11, 26),
    { text: '填表日期:2024年3月8日', x: 600, y: 620, size: 22, label: 'other' },
  ],
  rules: [
    [60, 120, 940],
    [60, 200, 940],
    [60, 280, 940],
    [60, 360, 940],
    [60, 440, 940],
    [60, 520, 940],
  ],
};

const RECEIPT: ExampleSpec = {
  file: 'receipt.jpg',
  width: 520,
  height: 900,
  paper: '#f4f1ea',
  items: [
    { text: 'SUNRISE MART SDN BHD', x: 110, y: 40, size: 26, label: 'company', bold: true },
    { text: 'NO. 12, JALAN BUNGA RAYA,', x: 90, y: 90, size: 20, label: 'address' },
    { text: '47300 PETALING JAYA, SELANGOR', x: 70, y: 120, size: 20, label: 'address' },
    { text: 'TEL: 03-7865 4321', x: 160, y: 160, size: 20, label: 'other' },
    { text: 'DATE: 15/03/2019', x: 40, y: 230, size: 20, label: 'date' },
    { text: 'TIME: 14:32', x: 340, y: 230, size: 20, label: 'other' },
    { text: 'MILK 1L', x: 40, y: 310, size: 20, label: 'other' },
    { text: '13.00', x: 400, y: 310, size: 20, label: 'other' },
    { text: 'BREAD', x: 40, y: 350, size: 20, label: 'other' },
    { text: '4.20', x: 410, y: 350, size: 20, label: 'other' },
    { text: 'EGGS 10PCS', x: 40, y: 390, size: 20, label: 'other' },
    { text: '5.90', x: 410, y: 390, size: 20, label: 'other' },
    { text: 'TOTAL', x: 40, y: 480, size: 24, label: 'other', bold: true },
    { text: '23.10', x: 390, y: 480, size: 24, label: 'total', bold: true },
    { text: 'CASH', x: 40, y: 530, size: 20, label: 'other' },
    { text: '50.00', x: 400, y: 530, size: 20, label: 'other' },
    { text: 'CHANGE', x: 40, y: 570, size: 20, label: 'other' },
    { text: '26.90', x: 400, y: 570, size: 20, label: 'other' },
    { text: 'THANK YOU, PLEASE COME AGAIN', x: 80, y: 680, size: 20, label: 'other' },
  ],
  rules: [
    [30, 280, 490],
    [30, 450, 490],
    [30, 640, 490],
  ],
};

/** Draws a spec and returns the image and its segments (boxes measured from the rendered text). */
function render(spec: ExampleSpec, font: string): { canvas: Canvas; segments: Segment[] } {
  const canvas = new Canvas(spec.width, spec.height);
  const ctx: SKRSContext2D = canvas.getContext('2d');
  ctx.fillStyle = spec.paper;
  ctx.fillRect(0, 0, spec.width, spec.height);
  ctx.strokeStyle = '#9a9a9a';
  ctx.lineWidth = 1.5;
  for (const [x0, y, x1] of spec.rules ?? []) {
    ctx.beginPath();
    ctx.moveTo(x0, y);
    ctx.lineTo(x1, y);
    ctx.stroke();
  }
  ctx.fillStyle = '#1d1d24';
  ctx.textBaseline = 'top';
  const segments: Segment[] = spec.items.map((item, id) => {
    ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px ${font}`;
    ctx.fillText(item.text, item.x, item.y);
    const m = ctx.measureText(item.text);
    const x0 = Math.floor(item.x - 2);
    const x1 = Math.ceil(item.x + m.width + 2);
    const y0 = Math.floor(item.y - 2);
    const y1 = Math.ceil(item.y + item.size * 1.25 + 2);
    return {
      id,
      points: [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
      shape: { kind: 'rectangle' },
      text: item.text,
      label: item.label,
      links: [],
      difficult: false,
    };
  });
  // Store each question→answer link on both ends, as FUNSD and XFUND do.
  spec.items.forEach((item, id) => {
    if (item.answers === undefined) return;
    const link = [item.answers, id] as const;
    const question = segments[item.answers]!;
    segments[item.answers] = { ...question, links: [...question.links, link] };
    segments[id] = { ...segments[id]!, links: [link] };
  });
  return { canvas, segments };
}

async function main(): Promise<void> {
  const font = ensureFont();
  const dir = join(import.meta.dirname, '..', 'examples');
  await mkdir(dir, { recursive: true });
  const documents: KieDocument[] = [];
  for (const spec of [FORM_EN, FORM_ZH, RECEIPT]) {
    const { canvas, segments } = render(spec, font);
    const png = await encodeCanvas(canvas);
    const path = join(dir, spec.file);
    if (spec.file.endsWith('.jpg')) await sharp(png).jpeg({ quality: 88 }).toFile(path);
    else await writeFile(path, png);
    documents.push({
      name: spec.file,
      pages: [{ image: spec.file, width: spec.width, height: spec.height, segments }],
    });
  }
  const classes = ['other', 'header', 'question', 'answer', 'company', 'address', 'date', 'total'];
  await writePpocrKie(createDataset(documents, classes), join(dir, 'labels.txt'));
  console.log(`wrote ${documents.length} examples and labels.txt to ${dir}`);
}

await main();
