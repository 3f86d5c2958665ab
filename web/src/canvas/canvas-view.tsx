/**
 * The drawing surface: a 2D canvas sized to its box, the current image, pointer
 * gestures routed to the active tool, wheel zoom at the cursor, middle/right drag
 * or Space+drag to pan.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Point } from '../../../src/core/geometry.js';
import { imageUrl } from '../api/client.js';
import type { ToolName } from '../state/app-state.js';
import { createPolygonTool, createRectangleTool } from '../tools/draw-tools.js';
import { createLinkTool } from '../tools/link-tool.js';
import { createSelectTool } from '../tools/select-tool.js';
import type { PointerInfo, Tool, ToolContext } from '../tools/tool.js';
import { useApp, useAppState } from '../ui/app-context.js';
import { renderScene } from './render.js';
import { snapToInk } from './snap.js';
import { fitViewport, toImage, zoomAt } from './viewport.js';

/** Size of the canvas, shared with keyboard actions (fit, zoom). */
export const canvasSize = { width: 0, height: 0 };

export function CanvasView() {
  const { store } = useApp();
  const state = useAppState();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [loaded, setLoaded] = useState<{ el: HTMLImageElement; name: string } | null>(null);
  const image = loaded && loaded.name === state.current ? loaded.el : null;
  const [size, setSize] = useState({ width: 0, height: 0 });
  const pan = useRef<{ from: Point; panX: number; panY: number } | null>(null);
  const space = useRef(false);
  const dragging = useRef(false);
  const tools = useMemo<Record<ToolName, Tool>>(
    () => ({
      select: createSelectTool(),
      rectangle: createRectangleTool('rectangle'),
      rotation: createRectangleTool('rotation'),
      polygon: createPolygonTool(),
      link: createLinkTool(),
    }),
    [],
  );

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const observer = new ResizeObserver(() => {
      const next = { width: box.clientWidth, height: box.clientHeight };
      canvasSize.width = next.width;
      canvasSize.height = next.height;
      setSize(next);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const down = (e: KeyboardEvent): void => {
      if (e.key === ' ' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) space.current = true;
    };
    const up = (e: KeyboardEvent): void => {
      if (e.key === ' ') space.current = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  useEffect(() => {
    if (!state.current) return undefined;
    let live = true;
    const name = state.current;
    const img = new Image();
    img.onload = () => {
      if (!live) return;
      setLoaded({ el: img, name });
      const s = store.get();
      store.set({ ...s, viewport: fitViewport(img.naturalWidth, img.naturalHeight, canvasSize.width, canvasSize.height) });
    };
    img.src = imageUrl(name);
    return () => {
      live = false;
    };
  }, [state.current, store]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const frame = requestAnimationFrame(() => {
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(size.width * dpr) || canvas.height !== Math.round(size.height * dpr)) {
        canvas.width = Math.round(size.width * dpr);
        canvas.height = Math.round(size.height * dpr);
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      renderScene(ctx, state, image, size);
    });
    return () => cancelAnimationFrame(frame);
  }, [state, image, size]);

  const toolContext = (): ToolContext => ({
    store,
    tolerance: 6 / store.get().viewport.zoom,
    snap: (quad) => (image ? snapToInk(image, quad) : quad),
  });
  const info = (e: PointerEvent | MouseEvent): PointerInfo => {
    const rect = (canvasRef.current as HTMLCanvasElement).getBoundingClientRect();
    const screen: Point = [e.clientX - rect.left, e.clientY - rect.top];
    return { screen, image: toImage(store.get().viewport, screen), shift: e.shiftKey };
  };

  const onPointerDown = (e: PointerEvent): void => {
    (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
    (document.activeElement as HTMLElement | null)?.blur?.();
    const p = info(e);
    if (e.button === 1 || e.button === 2 || space.current) {
      const v = store.get().viewport;
      pan.current = { from: p.screen, panX: v.panX, panY: v.panY };
      return;
    }
    if (e.button !== 0) return;
    dragging.current = true;
    tools[store.get().tool].down(toolContext(), p);
  };
  const onPointerMove = (e: PointerEvent): void => {
    const p = info(e);
    if (pan.current) {
      const s = store.get();
      const { from, panX, panY } = pan.current;
      store.set({ ...s, viewport: { ...s.viewport, panX: panX + p.screen[0] - from[0], panY: panY + p.screen[1] - from[1] } });
      return;
    }
    tools[store.get().tool].move(toolContext(), p, dragging.current);
  };
  const onPointerUp = (e: PointerEvent): void => {
    if (pan.current) {
      pan.current = null;
      return;
    }
    if (!dragging.current) return;
    dragging.current = false;
    tools[store.get().tool].up(toolContext(), info(e));
  };
  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const s = store.get();
    store.set({ ...s, viewport: zoomAt(s.viewport, Math.exp(-e.deltaY * 0.0015), info(e).screen) });
  };

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  });

  const v = state.viewport;
  return (
    <div class="canvas-box" ref={boxRef}>
      <canvas
        ref={canvasRef}
        class="canvas"
        style={{ width: `${size.width}px`, height: `${size.height}px`, cursor: space.current ? 'grab' : tools[state.tool].cursor }}
        data-zoom={v.zoom}
        data-pan-x={v.panX}
        data-pan-y={v.panY}
        data-image={state.current ?? ''}
        data-ready={image && state.doc ? 'true' : 'false'}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onDblClick={(e) => tools[store.get().tool].doubleClick?.(toolContext(), info(e))}
        onContextMenu={(e) => e.preventDefault()}
      />
      {!state.current && <div class="canvas-empty">No image in this folder.</div>}
    </div>
  );
}
