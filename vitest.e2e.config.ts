import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium and Firefox ESR with the built extension (npm run build first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
