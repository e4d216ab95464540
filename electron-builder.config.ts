/**
 * Packaging: `npm run dist` = electron-vite build, then scripts/electron-native.mjs, then electron-builder with this file.
 * electron-builder 26 loads a .ts config through jiti (app-builder-lib/out/util/config/load.js).
 * test/fuses.test.ts imports it. Plain Node only: never import 'electron' here.
 */
import type { Configuration } from 'electron-builder';
import afterPack, { SQLITE_ADDON } from './scripts/packaging/after-pack';

/** @napi-rs/canvas's native addon, in its platform package; like better-sqlite3's, dlopen needs a real file. */
export const CANVAS_ADDONS = 'node_modules/@napi-rs/canvas-*/*.node';

const config: Configuration = {
  appId: 'cn.briefingdesk.app',
  productName: 'Briefing Desk',
  directories: { output: 'dist' },

  // The built app only. package.json ("main": "./out/main/index.js") and the production node_modules
  // that out/main requires (better-sqlite3, exceljs, papaparse, pdf-lib, zod) are added by electron-builder.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    // better-sqlite3 needs only lib/ and its addon at run time. Leave out the SQLite and C++ sources and the test extension.
    '!node_modules/better-sqlite3/{deps,src}{,/**/*}',
    '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/test_extension.node}{,/**/*}',
  ],
  // src/main/index.ts reads the bundled reports at <process.resourcesPath>/resources when packaged.
  extraResources: [{ from: 'resources', to: 'resources', filter: ['**/*'] }],

  // asar is required by the OnlyLoadAppFromAsar fuse. smartUnpack would unpack all of better-sqlite3,
  // including its JavaScript. Only the native addon has to live outside the archive, because dlopen needs a real file.
  asar: { smartUnpack: false },
  // The chart picture's canvas (src/main/charts/chart-picture.ts, run in a worker thread by picture-maker.ts)
  // is N-API, one build for Node and Electron, in the platform's own package (@napi-rs/canvas-linux-x64-gnu
  // …): only the platform packaged for is installed, so a package made on another OS has none, and main's
  // pictures are then not made (charts are drawn live). The worker's script and the font files stay in the
  // asar: Electron reads asar in worker threads, and the fonts are read with fs, not by the native code.
  asarUnpack: [SQLITE_ADDON, CANVAS_ADDONS],

  // Never rebuild native modules in place: that would overwrite the Node build of better-sqlite3 in this
  // project's node_modules, which the tests, the CLI and the web bridge need. The afterPack hook puts in
  // the Electron build that scripts/electron-native.mjs made (see scripts/packaging/after-pack.ts).
  npmRebuild: false,

  // Adds the Electron build of better-sqlite3, then flips and verifies the fuses (scripts/packaging/fuses.ts).
  // electron-builder's own `electronFuses` option is left unset on purpose: the fuses are set in one place only.
  afterPack,

  publish: null,

  // deb would also need package.json author.email (the maintainer field); AppImage runs on any desktop Linux.
  linux: { target: ['AppImage'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
};

export default config;
