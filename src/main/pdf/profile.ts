/**
 * The Chromium profile folder a headless export runs in. A new profile costs Chromium its first-run set-up
 * (preferences, local state, databases: ~20% more CPU and ~25% more wall time for a whole print, measured
 * against the same print on a profile used before) and its removal afterwards cost this process another
 * 150–250 ms of file deletions. So exports keep one profile in the user's cache folder and reuse it.
 *
 * Nothing of an export stays in it: the browser starts --incognito, so the print page runs off the record,
 * its cache, cookies and storage in memory (export.ts). One export at a time holds it (a lock file with its
 * process id, taken over when that process is gone); an export that finds it held, or cannot create it,
 * runs on a temporary profile removed at the end, as every export did before.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { APP_DIR_NAME } from '../data-dir';

export interface BrowserProfile {
  dir: string;
  /** True for the kept profile; false for a temporary one. */
  kept: boolean;
  /** Give the kept profile back, or remove the temporary one; after the browser has exited. */
  release(): void;
}

/** The user's cache folder for this app (a cache: safe to delete at any time). */
export function defaultCacheDir(home: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), APP_DIR_NAME, 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', APP_DIR_NAME);
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), APP_DIR_NAME);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Create `lock` holding this process's id; false if a live process holds it. */
function takeLock(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(lock, 'utf8'));
    } catch {
      // Released between the two calls: try again.
    }
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) return false;
    try {
      unlinkSync(lock); // left by an export that was killed
    } catch {
      // Someone else took it over first.
    }
  }
  return false;
}

/**
 * Make `dir` and the folders above it that are missing, one at a time; false if any cannot be made.
 * Not mkdirSync's `recursive`: in Node 20 that spins forever, at full CPU, on a path under /proc.
 */
function ensureDir(dir: string, depth = 0): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || depth > 32) return false;
  }
  const parent = dirname(dir);
  if (parent === dir || !ensureDir(parent, depth + 1)) return false;
  try {
    mkdirSync(dir);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory();
  }
}

/** A profile of this export's own in the system's temporary folder, removed when released. */
export function temporaryProfile(): BrowserProfile {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-chromium-'));
  return { dir, kept: false, release: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** The kept profile under `cacheDir` if free, else a temporary one. */
export function exportProfile(cacheDir: string | null = defaultCacheDir(homedir(), process.platform, process.env)): BrowserProfile {
  if (cacheDir === null) return temporaryProfile();
  const dir = join(cacheDir, 'export-browser');
  const lock = `${dir}.lock`;
  // A read-only home, a cache path that cannot be a folder, or another export holding it: a temporary profile.
  if (!ensureDir(dir) || !takeLock(lock)) return temporaryProfile();
  return {
    dir,
    kept: true,
    release: () => {
      try {
        if (readFileSync(lock, 'utf8') === String(process.pid)) unlinkSync(lock);
      } catch {
        // Already gone.
      }
    },
  };
}
