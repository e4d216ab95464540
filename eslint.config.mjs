// Lint rules, including the import directions of ../shared/DESIGN.md held as errors:
// shared imports nothing of ours; main and renderer never import each other; store never imports
// api/windows/pdf/web; the renderer reaches the transport only through lib/api.ts; charts never fetch.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { briefingPlugin } from './scripts/eslint/no-cjk-literal.mjs';

const restrict = (...groups) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: groups.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })) },
  ],
});

/** Main-process files that may import electron; everything else in main runs in plain Node (CLI, web bridge, tests). */
export const ELECTRON_FILES = [
  'src/main/index.ts',
  'src/main/menu.ts',
  'src/main/protocol.ts',
  'src/main/open-store.ts',
  'src/main/api/ipc.ts',
  'src/main/windows/**/*.ts',
  'src/main/files/electron.ts',
  'src/main/pdf/electron.ts',
  'src/main/export/electron.ts',
];

/**
 * The renderer's floors, lowest first: a floor imports only floors below it. print/ sits on top (it may
 * take slides, charts, state and lib) and nothing imports it; the shell (App.svelte, main.ts) joins the views.
 */
export const RENDERER_FLOORS = ['lib', 'charts', 'state', 'slides', 'views'];
/** The screens of views/: each may import views/common, none imports another. */
export const SCREENS = ['deck', 'overview', 'source', 'data', 'presenter'];

/** Patterns for an import of renderer folder `dir` (a path under src/renderer, e.g. 'state', 'views/data'), however it is written. */
const folder = (dir) => [
  `**/renderer/${dir}`,
  `**/renderer/${dir}/**`,
  `./${dir}`,
  `./${dir}/**`,
  ...['../', '../../', '../../../'].flatMap((up) => [`${up}${dir}`, `${up}${dir}/**`]),
];

/** src/shared may name Chart.js's types (the chart configuration both processes draw: shared/chart-config.ts), never its code. */
const CHART_JS_TYPES_ONLY = [
  ['chart.js'],
  "src/shared takes only types from chart.js: its code is the renderer's live chunk and main's charts/chart-picture.ts.",
  true,
];
const NOT_MAIN = [['**/main/**', '**/preload/**', 'electron', 'node:*', 'better-sqlite3'], 'the renderer never imports main-process code.'];
const NOT_ZOD = [
  ['zod', '**/shared/api', '**/shared/api.ts'],
  'the renderer takes types from api.ts, not code: zod stays out of its bundle.',
  true,
];
const NOT_PRINT = [folder('print'), 'nothing imports print/: it is the top of the renderer (its own entry, print.html).'];
const above = (floor) => RENDERER_FLOORS.slice(RENDERER_FLOORS.indexOf(floor) + 1);
const floorGroup = (floor) =>
  above(floor).length
    ? [
        [above(floor).flatMap(folder)],
        `renderer floors: ${floor}/ sits below ${above(floor).join(', ')}/ and never imports them (lib < charts < state < slides < views).`,
      ]
    : null;
const rendererFloor = (floor, ...extra) => ({
  files: [`src/renderer/${floor}/**/*.{ts,svelte}`],
  rules: restrict(...[NOT_MAIN, NOT_ZOD, NOT_PRINT, ...extra, floorGroup(floor)].filter(Boolean).map(([g, m, t]) => [g.flat(), m, t])),
});
const screen = (name) => ({
  files: [`src/renderer/views/${name}/**/*.{ts,svelte}`],
  rules: restrict(NOT_MAIN, NOT_ZOD, NOT_PRINT, [
    SCREENS.filter((s) => s !== name).flatMap((s) => folder(`views/${s}`).concat([`../${s}`, `../${s}/**`])),
    `views/${name} is one screen: it may import views/common, never another screen (only the App shell puts screens together).`,
  ]),
});

export const LAYER_RULES = [
  {
    files: ['src/shared/*.ts'],
    rules: restrict(
      [
        ['electron', 'node:*', 'better-sqlite3', 'svelte', 'svelte/*'],
        'src/shared is pure TypeScript: no electron, node, DOM or UI imports.',
      ],
      CHART_JS_TYPES_ONLY,
      [['**/main/**', '**/renderer/**', '**/preload/**', '../*'], 'src/shared imports nothing of ours outside src/shared.'],
    ),
  },
  {
    // One folder down (src/shared/extract/…), ../ is still src/shared; ../../ is outside it.
    files: ['src/shared/*/*.ts'],
    rules: restrict(
      [
        ['electron', 'node:*', 'better-sqlite3', 'svelte', 'svelte/*'],
        'src/shared is pure TypeScript: no electron, node, DOM or UI imports.',
      ],
      CHART_JS_TYPES_ONLY,
      [['**/main/**', '**/renderer/**', '**/preload/**', '../../*'], 'src/shared imports nothing of ours outside src/shared.'],
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([['**/renderer/**', '**/preload/**'], 'main never imports the renderer or the preload.']),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ELECTRON_FILES,
    rules: restrict(
      [
        ['electron'],
        'only the Electron shell of main imports electron (ELECTRON_FILES in eslint.config.mjs): the CLI, pdf export, web bridge, api and store run in plain Node.',
      ],
      [['**/renderer/**', '**/preload/**'], 'main never imports the renderer or the preload.'],
    ),
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: restrict(
      [
        ['**/api/**', '**/windows/**', '**/pdf/**', '**/web/**', '../api*', '../windows*', '../pdf*', '../web*'],
        'the store sits below api, windows, pdf and web.',
      ],
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
      ...restrict(NOT_MAIN, NOT_ZOD, NOT_PRINT),
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'only src/renderer/lib/api.ts talks to the transport.' },
        { name: 'EventSource', message: 'only src/renderer/lib/api.ts talks to the transport.' },
        { name: 'WebSocket', message: 'only src/renderer/lib/api.ts (and its api-socket.ts) talks to the transport.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'only src/renderer/lib/api.ts touches window.api.' },
        { object: 'window', property: 'apiEvents', message: 'only src/renderer/lib/api.ts touches window.apiEvents.' },
      ],
    },
  },
  {
    files: ['src/renderer/lib/api.ts', 'src/renderer/lib/api-socket.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/packaging/**/*.ts', 'electron-builder.config.ts'],
    rules: restrict([
      ['electron'],
      'packaging code runs in plain Node (electron-builder, vitest): importing electron tries to download its binary.',
    ]),
  },
  rendererFloor('lib'),
  rendererFloor('charts', [['**/lib/api', '**/lib/api.ts'], 'chart components take props and never fetch.']),
  rendererFloor('state'),
  rendererFloor('slides'),
  rendererFloor('views'),
  ...SCREENS.map(screen),
  {
    files: ['src/renderer/views/common/**/*.{ts,svelte}'],
    rules: restrict(NOT_MAIN, NOT_ZOD, NOT_PRINT, [
      SCREENS.flatMap((s) => folder(`views/${s}`).concat([`../${s}`, `../${s}/**`])),
      'views/common sits below the screens: it never imports one.',
    ]),
  },
  {
    files: ['src/renderer/print/**/*.{ts,svelte}'],
    rules: restrict(NOT_MAIN, NOT_ZOD, [folder('views'), 'print/ may take slides, charts, state and lib, never a screen of views/.']),
  },
];

/** UI strings go through src/renderer/lib/i18n/ (zh and en for every key): no Chinese literal in components. */
export const I18N_RULES = [
  {
    files: ['src/renderer/**/*.{ts,svelte}'],
    ignores: ['src/renderer/lib/i18n/**'],
    plugins: { briefing: briefingPlugin },
    rules: { 'briefing/no-cjk-literal': 'error' },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.json',
      'reports/**',
      '.stryker-tmp/**',
      'stryker-setup-*.js',
    ],
  },
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
  ...I18N_RULES,
);
