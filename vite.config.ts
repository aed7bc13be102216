import { defineConfig } from 'vitest/config';
import { scenariosPlugin } from './scripts/scenariosPlugin.ts';

export default defineConfig({
  plugins: [scenariosPlugin()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Phaser alone is over a megabyte unminified and cannot be split; that is expected.
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Safety nets, not speed goals: on a busy 2-core machine starting PGlite or a worker thread
    // can take far longer than vitest's 10 s default, and a test must not fail for that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
