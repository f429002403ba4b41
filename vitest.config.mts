import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is native; forks isolate it cleanly between files.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
