import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // ONNX sessions are CPU heavy; two workers match the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
});
