// Lint rules, including the import directions of ../shared/DESIGN.md held as errors:
// shared imports nothing of ours; main and renderer never import each other; store never imports
// api/windows/pdf/web; the renderer reaches the transport only through lib/api.ts; charts never fetch.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (...groups) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: groups.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })) },
  ],
});

export const LAYER_RULES = [
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [['electron', 'node:*', 'better-sqlite3', 'chart.js', 'svelte', 'svelte/*'], 'src/shared is pure TypeScript: no electron, node, DOM or UI imports.'],
      [['**/main/**', '**/renderer/**', '**/preload/**', '../*'], 'src/shared imports nothing of ours outside src/shared.'],
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([['**/renderer/**', '**/preload/**'], 'main never imports the renderer or the preload.']),
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: restrict(
      [['**/api/**', '**/windows/**', '**/pdf/**', '**/web/**', '../api*', '../windows*', '../pdf*', '../web*'], 'the store sits below api, windows, pdf and web.'],
      [['electron'], 'the store runs in plain Node too: no electron.'],
      [['**/renderer/**', '**/preload/**'], 'main never imports the renderer or the preload.'],
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [['**/main/**', '**/renderer/**', 'zod'], 'the sandboxed preload imports only electron and src/shared/channels.'],
      [['**/shared/api', '**/shared/api.ts'], 'the preload may take types from api.ts, not code (it pulls zod).', true],
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,svelte}'],
    rules: {
      ...restrict(
        [['**/main/**', '**/preload/**', 'electron', 'node:*', 'better-sqlite3'], 'the renderer never imports main-process code.'],
        [['zod', '**/shared/api', '**/shared/api.ts'], 'the renderer takes types from api.ts, not code: zod stays out of its bundle.', true],
      ),
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'only src/renderer/lib/api.ts talks to the transport.' },
        { name: 'EventSource', message: 'only src/renderer/lib/api.ts talks to the transport.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'only src/renderer/lib/api.ts touches window.api.' },
        { object: 'window', property: 'apiEvents', message: 'only src/renderer/lib/api.ts touches window.apiEvents.' },
      ],
    },
  },
  {
    files: ['src/renderer/lib/api.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/packaging/**/*.ts', 'electron-builder.config.ts'],
    rules: restrict([['electron'], 'packaging code runs in plain Node (electron-builder, vitest): importing electron tries to download its binary.']),
  },
  {
    files: ['src/renderer/charts/**/*.{ts,svelte}'],
    rules: restrict(
      [['**/lib/api', '**/lib/api.ts', '**/state/**'], 'chart components take props and never fetch.'],
      [['**/main/**', '**/preload/**', 'electron', 'node:*', 'better-sqlite3'], 'the renderer never imports main-process code.'],
    ),
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,svelte}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...LAYER_RULES,
);
