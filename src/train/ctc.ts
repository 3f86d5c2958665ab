/**
 * CTC loss and its gradient for one sequence, with target symbols that may stand
 * for several classes (a target `A` accepts the class `A` or `a`): datasets such
 * as SROIE transcribe lower-case print in capitals, and a head must not learn to
 * read `a` as `A` from them. Each frame of a symbol may read as any class of its
 * group (a path `A a` counts as one `A`, where greedy decoding would write `Aa`);
 * the slack is rare in practice, as a recogniser seldom switches case mid-glyph.
 */

/** One target sequence: per symbol, the classes that read as it. */
export type CtcTarget = ReadonlyArray<readonly number[]>;

export interface CtcResult {
  /** −log p(target | frames); Infinity when the target cannot fit the frames. */
  readonly loss: number;
  /** d loss / d logits (`frames × classes`), when the loss is finite. */
  readonly grad?: Float32Array;
}

/**
 * CTC on softmax probabilities `probs` (`frames × classes`), with the gradient
 * with respect to the logits the softmax came from. `blank` lists the classes
 * that count as the blank (class 0 by default). Forward and backward
 * variables are rescaled per frame, so long lines do not underflow.
 *
 * @example
 * // two frames, classes [blank, a]: p(target "a") = 1 - p(both blank)
 * ctcLoss(Float32Array.of(0.5, 0.5, 0.5, 0.5), 2, 2, [[1]]).loss // -log(0.75)
 */
export function ctcLoss(probs: Float32Array, frames: number, classes: number, target: CtcTarget, blank: readonly number[] = [0]): CtcResult {
  const states = 2 * target.length + 1;
  if (frames < target.length) return { loss: Infinity };
  const emission = new Float64Array(frames * states);
  for (let t = 0; t < frames; t++) {
    for (let s = 0; s < states; s++) {
      const group = s % 2 === 0 ? blank : target[(s - 1) >> 1]!;
      let e = 0;
      for (const k of group) e += probs[t * classes + k]!;
      emission[t * states + s] = e;
    }
  }
  // A label may follow the one two states back directly unless the two are the same symbol.
  const canSkip = (s: number): boolean => s % 2 === 1 && s >= 3 && !sameGroup(target[(s - 1) >> 1]!, target[(s - 3) >> 1]!);
  const alpha = new Float64Array(frames * states);
  let logLikelihood = 0;
  for (let t = 0; t < frames; t++) {
    let norm = 0;
    for (let s = 0; s < states; s++) {
      let a: number;
      if (t === 0) a = s < 2 ? 1 : 0;
      else {
        const prev = (t - 1) * states;
        a = alpha[prev + s]! + (s > 0 ? alpha[prev + s - 1]! : 0) + (canSkip(s) ? alpha[prev + s - 2]! : 0);
      }
      a *= emission[t * states + s]!;
      alpha[t * states + s] = a;
      norm += a;
    }
    if (!(norm > 0)) return { loss: Infinity };
    for (let s = 0; s < states; s++) alpha[t * states + s]! /= norm;
    logLikelihood += Math.log(norm);
  }
  const last = (frames - 1) * states;
  const end = alpha[last + states - 1]! + (states > 1 ? alpha[last + states - 2]! : 0);
  if (!(end > 0)) return { loss: Infinity };
  logLikelihood += Math.log(end);

  const beta = new Float64Array(frames * states);
  for (let t = frames - 1; t >= 0; t--) {
    let norm = 0;
    for (let s = 0; s < states; s++) {
      let b: number;
      if (t === frames - 1) b = s >= states - 2 ? 1 : 0;
      else {
        const next = (t + 1) * states;
        b = beta[next + s]! + (s + 1 < states ? beta[next + s + 1]! : 0) + (s + 2 < states && canSkip(s + 2) ? beta[next + s + 2]! : 0);
      }
      b *= emission[t * states + s]!;
      beta[t * states + s] = b;
      norm += b;
    }
    if (!(norm > 0)) return { loss: Infinity };
    for (let s = 0; s < states; s++) beta[t * states + s]! /= norm;
  }

  // Occupancy of each state per frame: alpha * beta / emission (emission counted once), normalised per frame.
  const grad = new Float32Array(frames * classes);
  const occupancy = new Float64Array(states);
  for (let t = 0; t < frames; t++) {
    let total = 0;
    for (let s = 0; s < states; s++) {
      const e = emission[t * states + s]!;
      const o = e > 0 ? (alpha[t * states + s]! * beta[t * states + s]!) / e : 0;
      occupancy[s] = o;
      total += o;
    }
    const row = t * classes;
    for (let k = 0; k < classes; k++) grad[row + k] = probs[row + k]!;
    if (!(total > 0)) continue;
    for (let s = 0; s < states; s++) {
      const o = occupancy[s]! / total;
      if (o === 0) continue;
      const e = emission[t * states + s]!;
      for (const k of s % 2 === 0 ? blank : target[(s - 1) >> 1]!) grad[row + k]! -= (o * probs[row + k]!) / e;
    }
  }
  return { loss: -logLikelihood, grad };
}

function sameGroup(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
