/**
 * The packaged app's Electron fuses and the afterPack hook that sets them.
 *
 * Electron's binary cannot be downloaded on this machine (and never runs here), so these tests write a
 * synthetic one: random bytes around exactly what @electron/fuses looks for. That is Electron's fuse
 * sentinel, then the wire: a version byte, a length byte, and one ASCII byte per fuse ('0' off, '1' on,
 * 'r' removed). See findSentinels/readFuseWire in node_modules/@electron/fuses/dist/index.js and
 * "The hard way" in Electron's docs/tutorial/fuses.md. The real flipFuses edits it, and the real
 * getCurrentFuseWire reads it back.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { ESLint } from 'eslint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import config, { CANVAS_ADDONS } from '../electron-builder.config';
import afterPack, { installElectronSqlite, SQLITE_ADDON, type PackTarget } from '../scripts/packaging/after-pack';
import { electronBinaryPath, flipPackagedFuses, fuseConfig, FUSE_ENTRIES, FUSES, type FuseTarget } from '../scripts/packaging/fuses';
import { electronBindingPath } from '../scripts/native-path.mjs';
import { ROOT, tempDir } from './helpers';

/** @electron/fuses does not export its sentinel (dist/constants.js is not in "exports"). The first test holds this copy to it. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_VERSION = 1;
/**
 * Nine fuses, as in Electron 43 and later, every one in the insecure state: Electron's defaults, except
 * LoadBrowserProcessSpecificV8Snapshot (default off), which is set on here so that writing it is proved too.
 * Index 8 is WasmTrapHandlers, which FUSES leaves alone.
 */
const INSECURE_WIRE = '101100011';
const WASM_TRAP_HANDLERS = 8;
const PRODUCT = 'Briefing Desk';
const LINUX_EXECUTABLE = 'briefing-desk';

const ON = FuseState.ENABLE;
const OFF = FuseState.DISABLE;

/** A fake "Electron binary": random bytes, the sentinel, the wire, more random bytes. */
function writeSyntheticElectron(file: string, wire = INSECURE_WIRE): { head: Buffer; tail: Buffer } {
  const head = randomBytes(4096);
  const tail = randomBytes(4096);
  const header = Buffer.from([WIRE_VERSION, wire.length]);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([head, Buffer.from(SENTINEL, 'latin1'), header, Buffer.from(wire, 'latin1'), tail]));
  return { head, tail };
}

/** Where electron-builder puts the binary that @electron/fuses edits, per platform. */
function fuseFileIn(appOutDir: string, platform: string): string {
  if (platform === 'linux') return join(appOutDir, LINUX_EXECUTABLE);
  if (platform === 'win32') return join(appOutDir, `${PRODUCT}.exe`);
  return join(appOutDir, `${PRODUCT}.app`, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
}

/** An afterPack-shaped context: the fields electron-builder's AfterPackContext has and the hook reads. */
function fakeContext(appOutDir: string, platform: string, arch = Arch.x64, projectDir = ROOT): PackTarget {
  return {
    appOutDir,
    electronPlatformName: platform,
    arch,
    packager: {
      appInfo: { productFilename: PRODUCT },
      // Only electron-builder's LinuxPackager has executableName.
      ...(platform === 'linux' ? { executableName: LINUX_EXECUTABLE } : {}),
      projectDir,
      info: { framework: { version: '45.5.0' } },
      getResourcesDir: (dir: string) =>
        platform === 'darwin' || platform === 'mas' ? join(dir, `${PRODUCT}.app`, 'Contents', 'Resources') : join(dir, 'resources'),
    },
  };
}

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('the synthetic binary', () => {
  it('uses the sentinel that @electron/fuses searches for', () => {
    const constants = readFileSync(join(ROOT, 'node_modules/@electron/fuses/dist/constants.js'), 'utf8');
    expect(constants).toContain(`SENTINEL = '${SENTINEL}'`);
  });

  it('reads back as Electron’s insecure defaults before any flip', async () => {
    const file = join(tmp.dir, 'electron');
    writeSyntheticElectron(file);
    const wire = await getCurrentFuseWire(file);
    expect(wire.version).toBe('1');
    expect(wire[FuseV1Options.RunAsNode]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(OFF);
  });
});

describe('flipPackagedFuses', () => {
  it.each(['linux', 'win32', 'darwin'])('%s: every fuse ends in the secure state, the rest of the binary untouched', async (platform) => {
    const appOutDir = join(tmp.dir, 'app');
    const file = fuseFileIn(appOutDir, platform);
    const { head, tail } = writeSyntheticElectron(file);

    await flipPackagedFuses(fakeContext(appOutDir, platform));

    const wire = await getCurrentFuseWire(file);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
    // A fuse that FUSES does not name keeps Electron's default.
    expect(wire[WASM_TRAP_HANDLERS as FuseV1Options]).toBe(ON);

    const bytes = readFileSync(file);
    expect(bytes.subarray(0, head.length).equals(head)).toBe(true);
    expect(bytes.subarray(bytes.length - tail.length).equals(tail)).toBe(true);
    expect(bytes.length).toBe(head.length + SENTINEL.length + 2 + INSECURE_WIRE.length + tail.length);
  });

  it('sets exactly the eight fuses of the security review', () => {
    expect(FUSE_ENTRIES).toEqual([
      [FuseV1Options.RunAsNode, false],
      [FuseV1Options.EnableCookieEncryption, true],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
      [FuseV1Options.EnableNodeCliInspectArguments, false],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
      [FuseV1Options.OnlyLoadAppFromAsar, true],
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
    ]);
  });

  it('fails with a clear message when the Electron binary is missing', async () => {
    const appOutDir = join(tmp.dir, 'empty');
    mkdirSync(appOutDir);
    await expect(flipPackagedFuses(fakeContext(appOutDir, 'linux'))).rejects.toThrow(
      new RegExp(`no Electron binary at .*${LINUX_EXECUTABLE}.*must not ship with Electron’s default fuses`),
    );
    await expect(flipPackagedFuses(fakeContext(appOutDir, 'darwin'))).rejects.toThrow(/no Electron binary at .*Electron Framework/);
  });

  it('refuses an Electron that has removed a fuse it relies on, leaving the binary as it was', async () => {
    const appOutDir = join(tmp.dir, 'app');
    const file = fuseFileIn(appOutDir, 'linux');
    writeSyntheticElectron(file, `${INSECURE_WIRE.slice(0, 5)}r${INSECURE_WIRE.slice(6)}`);
    const before = readFileSync(file);
    await expect(flipPackagedFuses(fakeContext(appOutDir, 'linux'))).rejects.toThrow(/removed fuse\(s\) OnlyLoadAppFromAsar/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an Electron whose fuse wire is too short for the fuses we set', async () => {
    const appOutDir = join(tmp.dir, 'app');
    writeSyntheticElectron(fuseFileIn(appOutDir, 'linux'), INSECURE_WIRE.slice(0, 4));
    await expect(flipPackagedFuses(fakeContext(appOutDir, 'linux'))).rejects.toThrow(/not long enough/);
  });
});

describe('where the binary is and how it is signed', () => {
  it('names the binary as electron-builder does', () => {
    const ctx = (platform: string): FuseTarget => fakeContext('/out', platform);
    expect(electronBinaryPath(ctx('linux'))).toBe(join('/out', LINUX_EXECUTABLE));
    expect(electronBinaryPath(ctx('win32'))).toBe(join('/out', `${PRODUCT}.exe`));
    expect(electronBinaryPath(ctx('darwin'))).toBe(join('/out', `${PRODUCT}.app`));
    expect(electronBinaryPath(ctx('mas'))).toBe(join('/out', `${PRODUCT}.app`));
    expect(() => electronBinaryPath(ctx('aix'))).toThrow(/unknown platform "aix"/);
    expect(() => electronBinaryPath({ ...ctx('linux'), packager: { appInfo: { productFilename: PRODUCT } } })).toThrow(/executableName/);
  });

  it('resets the ad-hoc signature only on Apple silicon (arm64 or universal) macOS builds', () => {
    const reset = (electronPlatformName: string, arch: Arch) => fuseConfig({ electronPlatformName, arch }).resetAdHocDarwinSignature;
    expect(reset('darwin', Arch.arm64)).toBe(true);
    expect(reset('darwin', Arch.universal)).toBe(true);
    expect(reset('mas', Arch.arm64)).toBe(true);
    expect(reset('darwin', Arch.x64)).toBe(false);
    expect(reset('linux', Arch.arm64)).toBe(false);
    expect(reset('win32', Arch.arm64)).toBe(false);
    expect(fuseConfig({ electronPlatformName: 'linux', arch: Arch.x64 })).toMatchObject({ version: '1', ...FUSES });
  });
});

describe('the afterPack hook', () => {
  /** A project with better-sqlite3's package.json and an Electron build in the electron-native.mjs cache, and a staged app. */
  function stage(platform = 'linux', arch = Arch.x64) {
    const projectDir = join(tmp.dir, 'project');
    mkdirSync(join(projectDir, 'node_modules', 'better-sqlite3'), { recursive: true });
    writeFileSync(join(projectDir, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ version: '12.11.1' }));
    const cached = electronBindingPath({
      root: projectDir,
      sqliteVersion: '12.11.1',
      electronVersion: '45.5.0',
      platform: platform === 'mas' ? 'darwin' : platform,
      arch: Arch[arch],
    });
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, 'electron-abi addon');
    const appOutDir = join(tmp.dir, 'app');
    const ctx = fakeContext(appOutDir, platform, arch, projectDir);
    const unpacked = join(ctx.packager.getResourcesDir(appOutDir), 'app.asar.unpacked', ...SQLITE_ADDON.split('/'));
    mkdirSync(dirname(unpacked), { recursive: true });
    writeFileSync(unpacked, 'node-abi addon');
    writeFileSync(join(ctx.packager.getResourcesDir(appOutDir), 'app.asar'), 'asar');
    writeSyntheticElectron(fuseFileIn(appOutDir, platform));
    return { ctx, cached, unpacked, appOutDir };
  }

  it('puts the Electron build of better-sqlite3 into app.asar.unpacked, then flips the fuses', async () => {
    const { ctx, unpacked, appOutDir } = stage();
    await afterPack(ctx);
    expect(readFileSync(unpacked, 'utf8')).toBe('electron-abi addon');
    const wire = await getCurrentFuseWire(fuseFileIn(appOutDir, 'linux'));
    for (const [index, on] of FUSE_ENTRIES) expect(wire[index]).toBe(on ? ON : OFF);
  });

  it('finds the unpacked addon inside the .app on macOS', () => {
    const { ctx, unpacked } = stage('darwin', Arch.arm64);
    expect(installElectronSqlite(ctx)).toBe(unpacked);
    expect(readFileSync(unpacked, 'utf8')).toBe('electron-abi addon');
  });

  it('fails, before touching the fuses, when scripts/electron-native.mjs has not built the addon for that arch', async () => {
    const { ctx, appOutDir } = stage();
    const arm = { ...ctx, arch: Arch.arm64 };
    await expect(afterPack(arm)).rejects.toThrow(
      /better-sqlite3 12\.11\.1 for Electron 45\.5\.0 linux-arm64 is missing.*npm_config_arch=arm64 node scripts\/electron-native\.mjs/,
    );
    expect((await getCurrentFuseWire(fuseFileIn(appOutDir, 'linux')))[FuseV1Options.RunAsNode]).toBe(ON);
  });

  it('refuses an app packed without asar, which the OnlyLoadAppFromAsar fuse would stop from starting', async () => {
    const { ctx, appOutDir } = stage();
    rmSync(join(appOutDir, 'resources', 'app.asar'));
    await expect(afterPack(ctx)).rejects.toThrow(/app\.asar is missing: the OnlyLoadAppFromAsar fuse/);
  });

  it('fails when the addon was not unpacked from the asar', () => {
    const { ctx, unpacked } = stage();
    rmSync(unpacked);
    expect(() => installElectronSqlite(ctx)).toThrow(/asarUnpack .* must list node_modules\/better-sqlite3/);
  });

  it('leaves a universal macOS app alone: its arm64 and x64 slices were each done before the merge', () => {
    const { ctx, unpacked } = stage('darwin', Arch.arm64);
    expect(installElectronSqlite({ ...ctx, arch: Arch.universal })).toBeUndefined();
    expect(readFileSync(unpacked, 'utf8')).toBe('node-abi addon');
  });
});

describe('electron-builder.config.ts', () => {
  it('packs into asar and runs the fuses hook after pack', () => {
    expect(config.asar).toBeTruthy();
    expect(config.afterPack).toBe(afterPack);
    // One place for the fuses: electron-builder's own option (with its older nested @electron/fuses) stays off.
    expect(config.electronFuses).toBeUndefined();
  });

  it('unpacks only the native addons, never rebuilds in place, and ships resources/ where src/main looks for it', () => {
    expect(config.asarUnpack).toEqual([SQLITE_ADDON, CANVAS_ADDONS]);
    // The chart picture's canvas addon installed here is one the pattern unpacks.
    const pkg = readdirSync(join(ROOT, 'node_modules/@napi-rs')).find((d) => d.startsWith('canvas-'))!;
    const addon = readdirSync(join(ROOT, 'node_modules/@napi-rs', pkg)).find((f) => f.endsWith('.node'))!;
    const pattern = new RegExp(`^${CANVAS_ADDONS.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
    expect(`node_modules/@napi-rs/${pkg}/${addon}`).toMatch(pattern);
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }]);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
  });

  it('the lint rules keep electron out of the packaging code', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of ['scripts/packaging/x.ts', 'electron-builder.config.ts']) {
      const [result] = await eslint.lintText("import { app } from 'electron';\nexport const x = app;", { filePath: join(ROOT, file) });
      expect(result.messages.map((m) => m.message).join('\n')).toMatch(/packaging code runs in plain Node/);
    }
  });
});
