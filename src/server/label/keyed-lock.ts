/**
 * One queue per key: work on the same key (an annotation file) runs one at a time,
 * in arrival order, so a read-check-write is never interleaved with another write.
 */
export interface KeyedLock {
  /** Runs `work` once every earlier task on `key` has settled; the slot is freed in `finally`. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/**
 * Creates a {@link KeyedLock}.
 *
 * @example
 * const lock = createKeyedLock();
 * await lock.run('/data/a.json', async () => save());
 */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<void>>();
  return {
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      let release: () => void = () => undefined;
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      await previous;
      try {
        return await work();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
