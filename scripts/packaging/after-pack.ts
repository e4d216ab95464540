/**
 * electron-builder's afterPack hook (electron-builder.config.ts). It runs once per platform and arch,
 * after app.asar is written, its integrity hash is embedded and extraResources are copied, and before
 * signing and before the installers are made:
 *
 *  1. Put the Electron build of better-sqlite3 into app.asar.unpacked (installElectronSqlite below).
 *  2. Flip the fuses (fuses.ts).
 *
 * Plain Node only: never import 'electron' here.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Arch, log } from 'electron-builder';
import { electronBindingPath } from '../native-path.mjs';
import { flipPackagedFuses, type FuseTarget } from './fuses';

/** better-sqlite3's addon, relative to the app root (the default path that `bindings` finds). It must be in asarUnpack. */
export const SQLITE_ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** The fields of electron-builder's AfterPackContext that this hook reads. A real context fits it, and so does a test's fake. */
export interface PackTarget extends FuseTarget {
  readonly packager: FuseTarget['packager'] & {
    readonly projectDir: string;
    readonly info: { readonly framework: { readonly version: string } };
    getResourcesDir(appOutDir: string): string;
  };
}

/**
 * The project's better-sqlite3 is the Node build: npm built it for the tests, the CLI and the web bridge,
 * and nothing may rebuild it in place (README, "better-sqlite3 in two runtimes"). So the config sets
 * npmRebuild: false, electron-builder packs that Node build, and this step overwrites the unpacked copy
 * with the Electron build that scripts/electron-native.mjs made (the same file that `npm start` loads,
 * at the same path from scripts/native-path.mjs). src/main/native.ts then leaves better-sqlite3 on its
 * default lookup when packaged. Unpacked files are outside the asar integrity check, so replacing the
 * file here does not break it. Returns the path written, or undefined for a universal macOS app,
 * whose arm64 and x64 slices were each done before @electron/universal merged them.
 */
export function installElectronSqlite(target: PackTarget): string | undefined {
  if (target.arch === Arch.universal) return undefined;
  const { packager } = target;
  const platform = target.electronPlatformName === 'mas' ? 'darwin' : target.electronPlatformName;
  // Node calls 32-bit ARM 'arm' (process.arch, npm_config_arch); electron-builder calls it armv7l.
  const arch = target.arch === Arch.armv7l ? 'arm' : Arch[target.arch];
  const root = packager.projectDir;
  const sqlitePkg = join(root, 'node_modules', 'better-sqlite3', 'package.json');
  const sqliteVersion = (JSON.parse(readFileSync(sqlitePkg, 'utf8')) as { version: string }).version;
  const electronVersion = packager.info.framework.version;
  const source = electronBindingPath({ root, sqliteVersion, electronVersion, platform, arch });
  if (!existsSync(source)) {
    throw new Error(
      `[after-pack] the Electron build of better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} ${platform}-${arch} is missing (${source}). ` +
        `Make it on a ${platform} machine with \`npm_config_arch=${arch} node scripts/electron-native.mjs\`. ` +
        '`npm run dist` does this for the machine’s own arch. A native addon cannot be built for another OS.',
    );
  }
  const dest = join(packager.getResourcesDir(target.appOutDir), 'app.asar.unpacked', ...SQLITE_ADDON.split('/'));
  if (!existsSync(dest)) {
    throw new Error(`[after-pack] ${dest} is missing: asarUnpack in electron-builder.config.ts must list ${SQLITE_ADDON}`);
  }
  copyFileSync(source, dest);
  return dest;
}

/** The hook itself: check for app.asar, then the addon, then the fuses. */
export default async function afterPack(target: PackTarget): Promise<void> {
  const asar = join(target.packager.getResourcesDir(target.appOutDir), 'app.asar');
  if (!existsSync(asar)) {
    throw new Error(
      `[after-pack] ${asar} is missing: the OnlyLoadAppFromAsar fuse would stop this app from starting. Keep asar on in electron-builder.config.ts`,
    );
  }
  const addon = installElectronSqlite(target);
  if (addon) log.info({ from: 'scripts/electron-native.mjs', to: log.filePath(addon) }, 'better-sqlite3 for Electron');
  const binary = await flipPackagedFuses(target);
  log.info({ binary: log.filePath(binary) }, 'electron fuses flipped and verified');
}
