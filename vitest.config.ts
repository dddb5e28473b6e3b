import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // Dropping the scratch PostgreSQL databases of a file took over 10 s on a machine busy with an ingest.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
