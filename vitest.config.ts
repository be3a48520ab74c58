import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run hundreds of cases: seconds on a shared CI machine. A timeout here guards
    // against hangs, never speed (speed is measured by npm run bench).
    testTimeout: 30_000,
  },
});
