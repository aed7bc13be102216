// Lint: ESLint's and typescript-eslint's recommended rules (syntax only, no type information, so
// it stays fast); formatting is Prettier's job (npm run format:check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'coverage/', 'test-results/', 'node_modules/', 'public/', '.prof/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Matching control characters is the point where hostile text is cleaned and refused.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and benchmarks read JSON answers loosely and assert on them field by field.
    files: ['**/*.test.ts', 'src/server/classroomApi.suite.ts', 'src/server/testing/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
