/** Settings of the DB text detector (PP-OCRv4 det) and its post-processing. */
export interface DetConfig {
  /** The longer image side is scaled down to at most this many pixels (then to multiples of 32). */
  readonly limitSideLen: number;
  /** Probability above which a map pixel is text. */
  readonly thresh: number;
  /** Minimum mean probability over a component's pixels to keep its box. */
  readonly boxThresh: number;
  /** How far a shrunk text kernel is grown back: distance = area * ratio / perimeter. */
  readonly unclipRatio: number;
  /** At most this many components are turned into boxes (largest first). */
  readonly maxCandidates: number;
  /** Boxes whose shorter side is below this (map pixels) are dropped. */
  readonly minSize: number;
  /** Per-channel normalisation of the BGR input. */
  readonly mean: readonly [number, number, number];
  readonly std: readonly [number, number, number];
}

/** Defaults; `limitSideLen` chosen by `npm run bench:ocr` on XFUND-zh val (see README). */
export const DEFAULT_DET_CONFIG: Readonly<DetConfig> = Object.freeze({
  limitSideLen: 1600,
  thresh: 0.3,
  boxThresh: 0.6,
  unclipRatio: 1.5,
  maxCandidates: 1000,
  minSize: 3,
  mean: [0.485, 0.456, 0.406] as const,
  std: [0.229, 0.224, 0.225] as const,
});
