// Where the Electron build of better-sqlite3 lives. Shared by scripts/electron-native.mjs (which builds
// it) and src/main/native.ts (which hands it to better-sqlite3's `nativeBinding` option), so the two
// can never disagree. Pure: no file system access. Types in native-path.d.mts.
import { join } from 'node:path';

/** Folder under the project root; node_modules/.cache is where tools keep rebuildable artefacts. */
export const CACHE_DIR = join('node_modules', '.cache', 'briefing-desk', 'better-sqlite3');

/**
 * <root>/node_modules/.cache/briefing-desk/better-sqlite3/v<sqlite>/electron-v<electron>-<platform>-<arch>/better_sqlite3.node
 * The better-sqlite3 version is part of the key: after an upgrade, an old addon must not be loaded
 * under the new lib/*.js (the two halves of the package have to match).
 */
export function electronBindingPath({ root, sqliteVersion, electronVersion, platform, arch }) {
  for (const [name, value] of Object.entries({ root, sqliteVersion, electronVersion, platform, arch })) {
    if (typeof value !== 'string' || value === '') throw new TypeError(`electronBindingPath: ${name} is required`);
  }
  return join(root, CACHE_DIR, `v${sqliteVersion}`, `electron-v${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}
