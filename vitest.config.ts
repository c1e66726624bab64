import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // The real module throws outside React Server Components; tests import lib/data directly.
      'server-only': path.resolve(__dirname, 'lib/test/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Databases are built in beforeAll; on a shared 2-core machine that can take longer than the 10 s default.
    hookTimeout: 60_000,
  },
});
