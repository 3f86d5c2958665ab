/**
 * Flood fill over a `width × height` grid of cells (`y * width + x`). Pure.
 */

const FOUR = [[1, 0], [-1, 0], [0, 1], [0, -1]] as const;
const EIGHT = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const;

/**
 * Spreads from the cells on `stack` (already marked in `seen`) to every 4- or
 * 8-neighbour that `open` lets in, marking each in `seen`, and calls `visit`
 * with every cell taken off the stack (the starting ones included).
 *
 * @example
 * // the ink component of cell 0 in a 3 × 1 grid [1, 1, 0]
 * const seen = new Uint8Array(3); seen[0] = 1;
 * floodFill([0], 3, 1, (c) => ink[c] === 1, seen, 4) // seen = [1, 1, 0]
 */
export function floodFill(
  stack: number[],
  width: number,
  height: number,
  open: (cell: number) => boolean,
  seen: Uint8Array,
  neighbours: 4 | 8,
  visit?: (cell: number, x: number, y: number) => void,
): void {
  const steps = neighbours === 4 ? FOUR : EIGHT;
  while (stack.length > 0) {
    const p = stack.pop()!;
    const x = p % width;
    const y = (p - x) / width;
    visit?.(p, x, y);
    for (const [dx, dy] of steps) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
      const q = yy * width + xx;
      if (!seen[q] && open(q)) {
        seen[q] = 1;
        stack.push(q);
      }
    }
  }
}
