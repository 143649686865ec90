// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'migrations/', 'coverage/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-empty-function': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Port implementations and handlers are async by contract even when one of them has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // One door into core (README, "How it is built"): outside core, import it only from src/core/index.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)core/(?!index\\.js$)', message: 'Import core through its one door, src/core/index.ts.' }] }],
    },
  },
  {
    // The database layer knows nothing of core: core calls db/queries, never the other way round.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)core/', message: 'src/db imports nothing from core (README, "How it is built").' }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.stringContaining) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['eslint.config.js', 'scripts/**/*.mjs', 'test/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
