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
    testTimeout: 60_000,
    environment: 'node',
  },
});
