import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Canvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodeCanvas } from './render.js';

describe('encodeCanvas', () => {
  // @napi-rs/canvas 0.1 encodes on the threadpool from the surface its canvas owns. A canvas dropped by its caller
  // (`return canvas.encode('png')`) was collected mid-encode: the encode then read freed memory, and now and then
  // `kie extract --vis` died of a segmentation fault (one run in about forty; also the crashed vitest fork of
  // test/pdf-cli.test.ts). Collections are forced while two encodes run; no canvas may go before its bytes are back.
  it('keeps each canvas alive until its bytes are back, whatever the garbage collector does', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const events: string[] = [];
    const registry = new FinalizationRegistry((name: string) => events.push(`collected ${name}`));
    const picture = (name: string): Promise<Buffer> => {
      const canvas = new Canvas(1200, 1600);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#336699';
      ctx.fillRect(0, 0, 1200, 1600);
      registry.register(canvas, name);
      return encodeCanvas(canvas).then((png) => {
        events.push(`encoded ${name}`);
        return png;
      });
    };
    const pictures = Promise.all([picture('a'), picture('b')]);
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const pngs = await pictures;
    expect(pngs.every((png) => png.subarray(1, 4).toString('latin1') === 'PNG')).toBe(true);
    for (const name of ['a', 'b']) {
      const collected = events.indexOf(`collected ${name}`);
      if (collected >= 0) expect(collected, events.join(', ')).toBeGreaterThan(events.indexOf(`encoded ${name}`));
    }
  });

  it('writes JPEG when asked', async () => {
    const canvas = new Canvas(20, 10);
    const jpeg = await encodeCanvas(canvas, 'jpeg', 80);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });
});
