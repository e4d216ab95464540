/**
 * The Electron fuses of the packaged app, all in this one module. A fuse is a byte in the Electron
 * binary that turns a feature on or off for good. They are flipped at package time, before signing, so
 * the OS code signature then covers them (docs/tutorial/fuses.md in electron/electron).
 *
 * Used by the afterPack hook (after-pack.ts) and by test/fuses.test.ts. Plain Node only: never import
 * 'electron' here, because under Node that tries to download the Electron binary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, pathToFuseFile, type FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';

/** Each fuse we set and why. A fuse not listed here (WasmTrapHandlers, or any added later) keeps Electron's default. */
export const FUSES = {
  // With ELECTRON_RUN_AS_NODE=1 the signed app binary would run as a plain Node interpreter. Nothing here forks.
  [FuseV1Options.RunAsNode]: false,
  // Encrypt Chromium's cookie store with an OS-held key. The app keeps no cookies, so this costs nothing.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --import …) would inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk / SIGUSR1 would attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Check app.asar's header against the hash electron-builder embeds (macOS Info.plist, Windows resource).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Load the app only from app.asar, so nobody can drop in a plain resources/app folder. Needs asar: on.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Keep one V8 snapshot for every process (the default), so there is no extra snapshot file to trust.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never from file://, so file:// pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/** [index, wanted] for every fuse in FUSES. */
export const FUSE_ENTRIES: ReadonlyArray<readonly [FuseV1Options, boolean]> = Object.entries(FUSES).map(
  ([index, on]) => [Number(index) as FuseV1Options, on] as const,
);

/** The fields of electron-builder's AfterPackContext that this module reads. A real context fits it, and so does a test's fake. */
export interface FuseTarget {
  readonly appOutDir: string;
  /** darwin | mas | win32 | linux */
  readonly electronPlatformName: string;
  readonly arch: Arch;
  /** Only the LinuxPackager has executableName. */
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}

const isMac = (platform: string) => platform === 'darwin' || platform === 'mas';

/** The @electron/fuses config for one packaged target. */
export function fuseConfig(target: Pick<FuseTarget, 'electronPlatformName' | 'arch'>): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Changing bytes breaks the ad-hoc signature that Apple silicon needs before it will launch anything.
    // So re-sign ad hoc on arm64, and on universal apps, which carry an arm64 slice. electron-builder's
    // real signing comes after this hook whenever an identity is configured.
    resetAdHocDarwinSignature: isMac(target.electronPlatformName) && (target.arch === Arch.arm64 || target.arch === Arch.universal),
    ...FUSES,
  };
}

/**
 * The Electron binary inside a packaged app, named as electron-builder names it:
 * linux `<appOutDir>/<executableName>`, win `<appOutDir>/<productFilename>.exe`, mac `<appOutDir>/<productFilename>.app`
 * (for a .app, @electron/fuses edits Contents/Frameworks/Electron Framework.framework/Electron Framework).
 */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }: FuseTarget): string {
  switch (electronPlatformName) {
    case 'linux':
      if (!packager.executableName) throw new Error('[fuses] the Linux packager has no executableName: cannot find the Electron binary');
      return join(appOutDir, packager.executableName);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`[fuses] unknown platform "${electronPlatformName}": cannot find the Electron binary`);
  }
}

const fuseName = (index: number) => FuseV1Options[index] ?? `fuse #${index}`;
const stateName = (state: number | undefined) => (state === undefined ? 'missing' : (FuseState[state] ?? `0x${state.toString(16)}`));

/**
 * Flip FUSES in the packaged app's Electron binary, then read the wire back and check every fuse.
 * Throws, and so stops the build, when the binary is missing, when a fuse we rely on has been removed from
 * this Electron, or when the wire read back is not what was asked for. An app must not ship with Electron's defaults.
 * Returns the binary's path.
 */
export async function flipPackagedFuses(target: FuseTarget): Promise<string> {
  const binary = electronBinaryPath(target);
  const fuseFile = pathToFuseFile(binary);
  if (!existsSync(fuseFile)) {
    throw new Error(
      `[fuses] no Electron binary at ${fuseFile} (${target.electronPlatformName}, appOutDir ${target.appOutDir}): ` +
        'the fuses cannot be set, and the app must not ship with Electron’s default fuses.',
    );
  }

  const before = await getCurrentFuseWire(binary);
  const removed = FUSE_ENTRIES.filter(([index]) => before[index] === FuseState.REMOVED).map(([index]) => fuseName(index));
  if (removed.length > 0) {
    throw new Error(`[fuses] this Electron has removed fuse(s) ${removed.join(', ')}: review FUSES in scripts/packaging/fuses.ts`);
  }

  await flipFuses(binary, fuseConfig(target));

  const after = await getCurrentFuseWire(binary);
  const wrong = FUSE_ENTRIES.filter(([index, on]) => after[index] !== (on ? FuseState.ENABLE : FuseState.DISABLE)).map(
    ([index, on]) => `${fuseName(index)} is ${stateName(after[index])}, wanted ${on ? 'ENABLE' : 'DISABLE'}`,
  );
  if (wrong.length > 0) throw new Error(`[fuses] ${binary}: the fuse wire read back is wrong: ${wrong.join('; ')}`);
  return binary;
}
