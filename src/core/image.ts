/** An 8-bit RGB image, rows top to bottom, pixels interleaved `r, g, b`. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** Length `width * height * 3`. */
  readonly data: Uint8Array;
}

/** A single-channel float map (probabilities, grey levels), row-major. */
export interface FloatMap {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}
