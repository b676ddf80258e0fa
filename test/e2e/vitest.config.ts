import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One browser at a time: the sandbox listens on fixed ports that the sandbox build points to,
// and the machines this runs on have two cores.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
