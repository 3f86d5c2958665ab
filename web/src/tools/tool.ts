/**
 * A tool turns pointer gestures on the canvas into state changes. Points arrive in
 * both spaces: `image` (annotation pixels) and `screen` (canvas CSS pixels).
 */
import type { Point, Quad } from '../../../src/core/geometry.js';
import type { Store } from '../state/store.js';

export interface PointerInfo {
  readonly image: Point;
  readonly screen: Point;
  readonly shift: boolean;
}

export interface ToolContext {
  readonly store: Store;
  /** Hit tolerance in image pixels (a few screen pixels at the current zoom). */
  readonly tolerance: number;
  /** Shrinks a rectangle to the ink inside it, when snapping is on and the image is readable. */
  readonly snap: (quad: Quad) => Quad;
}

export interface Tool {
  readonly cursor: string;
  down(ctx: ToolContext, p: PointerInfo): void;
  move(ctx: ToolContext, p: PointerInfo, dragging: boolean): void;
  up(ctx: ToolContext, p: PointerInfo): void;
  doubleClick?(ctx: ToolContext, p: PointerInfo): void;
}
