#!/usr/bin/env node
// Build better-sqlite3 for Electron's ABI into a cache folder, leaving node_modules/better-sqlite3/build
// (the Node build that tests, the CLI and the web bridge load) untouched. Run by `npm start` / `npm run dev`.
//
//   node scripts/electron-native.mjs            build if missing (idempotent)
//   node scripts/electron-native.mjs --force    rebuild even if present
//   node scripts/electron-native.mjs --dry-run  print the target and the commands, change nothing
//
// How (researched, not guessed):
// - better-sqlite3's own install script is `prebuild-install || node-gyp rebuild --release`, and it
//   publishes Electron prebuilds as release assets named
//   better-sqlite3-v<ver>-electron-v<abi>-<platform>-<arch>.tar.gz (e.g. WiseLibs/better-sqlite3
//   PRs #1242/#1368/#1398 "Prebuild for Electron NN"). prebuild-install picks them with
//   `--runtime=electron --target=<electron version> --arch=<arch>` (its help.txt; rc.js maps the
//   version to the ABI through node-abi) and unpacks into ./build/Release of the cwd.
// - Fallback, from Electron's "Using Native Node Modules" guide: `node-gyp rebuild --target=<electron
//   version> --arch=<arch> --dist-url=https://electronjs.org/headers`, with the headers kept apart from
//   Node's (the guide uses HOME=~/.electron-gyp; we pass node-gyp's --devdir instead).
// - electron-rebuild / install-app-deps are not used: on this project's machines they overwrite or
//   mis-detect the Node build (see README, "better-sqlite3 in two runtimes").
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBindingPath } from './native-path.mjs';

const TAG = '[electron-native]';
const HEADERS_URL = 'https://electronjs.org/headers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dryRun = argv.includes('--dry-run');
const force = argv.includes('--force');
const require = createRequire(join(root, 'package.json'));

const log = (msg) => console.log(`${TAG} ${msg}`);
function die(msg) {
  console.error(`\n${TAG} FAILED: ${msg}\n`);
  process.exit(1);
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

function resolveOrUndefined(id, from = require) {
  try {
    return from.resolve(id);
  } catch {
    return undefined;
  }
}

// --- What to build --------------------------------------------------------------------------------
const electronPkg = resolveOrUndefined('electron/package.json');
if (!electronPkg) die('electron is not installed. Run `npm install` first.');
const sqlitePkg = resolveOrUndefined('better-sqlite3/package.json');
if (!sqlitePkg) die('better-sqlite3 is not installed. Run `npm install` first.');

const electronVersion = readJson(electronPkg).version;
const sqliteDir = dirname(sqlitePkg);
const sqliteVersion = readJson(sqlitePkg).version;
const platform = process.platform;
// Electron's arch is the machine's unless cross-building (npm_config_arch, as in Electron's guide).
const arch = process.env.npm_config_arch || process.arch;
const target = electronBindingPath({ root, sqliteVersion, electronVersion, platform, arch });

// --- The tools: prebuild-install is a dependency of better-sqlite3; node-gyp ships with npm ----------
const sqliteRequire = createRequire(sqlitePkg);
const prebuildInstall = resolveOrUndefined('prebuild-install/bin.js', sqliteRequire);
// npm sets npm_config_node_gyp for every script it runs (its bundled node-gyp); when run directly, try a
// local node-gyp, then the one inside npm next to this node (Unix and Windows layouts).
const nodeGyp =
  process.env.npm_config_node_gyp ||
  resolveOrUndefined('node-gyp/bin/node-gyp.js') ||
  [join(dirname(process.execPath), '..', 'lib'), dirname(process.execPath)]
    .map((dir) => join(dir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
    .find((file) => existsSync(file));
const devdir = join(homedir(), '.electron-gyp');

/** Each step runs as `node <argv...>` in the scratch copy, which ends with build/Release/better_sqlite3.node. */
function steps(work) {
  return [
    {
      name: 'prebuild-install (download the published Electron prebuild)',
      script: prebuildInstall,
      args: ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'],
      cwd: work,
    },
    {
      name: 'node-gyp (compile from source against Electron headers)',
      script: nodeGyp,
      args: [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        `--dist-url=${HEADERS_URL}`,
        `--devdir=${devdir}`,
        '--jobs=max',
      ],
      cwd: work,
    },
  ];
}

const show = (step) => `(cd ${quote(step.cwd)} && ${[process.execPath, step.script ?? '<not found>', ...step.args].map(quote).join(' ')})`;

// --- Dry run: say what would happen, touch nothing --------------------------------------------------
log(`Electron ${electronVersion}, better-sqlite3 ${sqliteVersion}, ${platform}-${arch}`);
log(`target: ${target}`);
if (dryRun) {
  log(existsSync(target) && !force ? 'status: present (a real run would do nothing)' : 'status: missing (a real run would build it)');
  log(`copy: ${sqliteDir} -> <tmp>/better-sqlite3 (without build/)`);
  steps(join(tmpdir(), '<tmp>', 'better-sqlite3')).forEach((s, i) => log(`step ${i + 1}: ${s.name}\n  ${show(s)}`));
  log(`then: copy build/Release/better_sqlite3.node -> ${target}`);
  process.exit(0);
}

if (existsSync(target) && !force) {
  log('already built, nothing to do.');
  process.exit(0);
}

// --- Build in a scratch copy so node_modules/better-sqlite3/build is never touched ------------------
const scratch = mkdtempSync(join(tmpdir(), 'briefing-bsql-'));
const work = join(scratch, 'better-sqlite3');
let built;
try {
  log(`copying ${sqliteDir} to ${work} …`);
  cpSync(sqliteDir, work, {
    recursive: true,
    filter: (src) => {
      const rel = relative(sqliteDir, src);
      return rel !== 'build' && !rel.startsWith(`build${sep}`);
    },
  });
  const output = join(work, 'build', 'Release', 'better_sqlite3.node');
  for (const step of steps(work)) {
    if (!step.script) {
      log(`skipping ${step.name}: tool not found`);
      continue;
    }
    log(`${step.name}\n  ${show(step)}`);
    const r = spawnSync(process.execPath, [step.script, ...step.args], { cwd: step.cwd, stdio: 'inherit' });
    if (r.status === 0 && existsSync(output)) {
      built = output;
      break;
    }
    log(`${step.name} did not produce an addon (exit ${r.status ?? r.signal ?? r.error?.message}).`);
  }
  if (built) {
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    copyFileSync(built, partial);
    renameSync(partial, target); // atomic: a half-copied addon is never left at the target path
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (!built) {
  die(
    [
      `could not get better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}).`,
      'Tried a prebuilt download (github.com release assets) and a source build (headers from electronjs.org).',
      'Both need internet access; the source build also needs Python 3 and a C++20 compiler (build-essential /',
      'Xcode command line tools / Visual Studio Build Tools). Fix that and run `npm start` again.',
      'Tests, the CLI and `npm run web` do not need this step: they use the Node build in node_modules.',
    ].join('\n  '),
  );
}
log(`done: ${target}`);
