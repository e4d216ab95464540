/**
 * better-sqlite3 for Electron. Node (tests, CLI, web bridge) loads the addon npm built into
 * node_modules/better-sqlite3/build; Electron has a different ABI (NODE_MODULE_VERSION), so it loads its
 * own copy, built by scripts/electron-native.mjs, through better-sqlite3's `nativeBinding` option
 * (`new Database(file, { nativeBinding: 'path/to/better_sqlite3.node' })`, which require()s that path
 * instead of searching build/ — see lib/database.js in better-sqlite3 12).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronBindingPath } from '../../scripts/native-path.mjs';

export interface BindingOptions {
  /** A packaged app: the afterPack hook (scripts/packaging/after-pack.ts) put the Electron build at better-sqlite3's default path. */
  packaged?: boolean;
  electronVersion?: string;
  platform?: string;
  arch?: string;
}

/**
 * The addon path to pass as `nativeBinding`, or undefined when better-sqlite3's default is right
 * (plain Node, or a packaged app). Throws with instructions when the Electron build is missing.
 */
export function electronSqliteBinding(appPath: string, opts: BindingOptions = {}): string | undefined {
  const electronVersion = opts.electronVersion ?? process.versions.electron;
  if (opts.packaged || !electronVersion) return undefined;
  const pkgFile = join(appPath, 'node_modules', 'better-sqlite3', 'package.json');
  const sqliteVersion = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const file = electronBindingPath({
    root: appPath,
    sqliteVersion,
    electronVersion,
    platform: opts.platform ?? process.platform,
    arch: opts.arch ?? process.arch,
  });
  if (!existsSync(file)) {
    throw new Error(
      `缺少 Electron ${electronVersion} 版的 better-sqlite3（${file}）。\n` +
        '请用 `npm start`（或 `npm run dev`）启动：它会先运行 scripts/electron-native.mjs 准备这个文件。\n' +
        `The Electron build of better-sqlite3 is missing; start the app with \`npm start\`, which builds it.`,
    );
  }
  return file;
}
