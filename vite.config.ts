import { defineConfig } from 'vitest/config';
import { buildInputsPlugin } from './scripts/buildInputsPlugin.ts';
import { scenariosPlugin } from './scripts/scenariosPlugin.ts';

const MORPH_IT_CREDIT =
  '/*! Italian lexicon derived from Morph-it! by Marco Baroni and Eros Zanchetta, under CC BY-SA 2.0 (https://creativecommons.org/licenses/by-sa/2.0/legalcode); see src/engine/language/it/morphology/LICENSE.txt in the sources */';

export default defineConfig({
  // The sound recipes run before Vite (npm run build): their script is an input of the game too.
  plugins: [scenariosPlugin(), buildInputsPlugin(['scripts/makeSounds.ts', 'assets/sounds/recipes.json', 'assets/sounds/LICENSE.txt'])],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Phaser alone is over a megabyte unminified and cannot be split; that is expected.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The engine's modules only declare (no import-time effects), so the game can import its public
      // entry and still leave out what only a lazy chunk uses (the YAML loader for local scenarios).
      treeshake: { moduleSideEffects: [{ test: /\/src\/engine\//, sideEffects: false }] },
      // The Italian pack's chunk carries morph-it's credit and licence: CC BY-SA 2.0 asks for both wherever the data goes.
      output: { postBanner: (chunk) => (chunk.moduleIds.some((id) => id.endsWith('/it/morphology/lexicon.json')) ? MORPH_IT_CREDIT : '') },
    },
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/vitestSetup.ts'],
    // Safety nets, not speed goals: on a busy 2-core machine starting PGlite or a worker thread
    // can take far longer than vitest's 10 s default, and a test must not fail for that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
