/**
 * The clean-close seal: after the last connection closes a store cleanly, a small file beside it
 * (`<store>-sealed`) records the store file's identity and times. While the store file is exactly that
 * file, unchanged since (same inode, size, mtime and ctime — ctime cannot be set back by any user
 * tool) and with no write-ahead log left over, opening it again needs no integrity scan: only SQLite,
 * through this app, wrote it since it was last checked. A crash leaves a WAL or no seal, a copy or
 * restore is another inode, and any other writer changes the times, so each of those is scanned.
 *
 * The scan (PRAGMA quick_check) reads every page: about 4 ms per MB, 25 ms for a store of 100 reports
 * and 22,000 figures (`npm run bench`). Sealing keeps the common open — the app's own store, closed by
 * the app — at about a millisecond whatever the store's size.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

interface Seal {
  dev: number;
  ino: number;
  size: number;
  mtimeNs: string;
  ctimeNs: string;
}

export const sealPath = (store: string): string => `${store}-sealed`;

function identity(store: string): Seal | null {
  try {
    const s = statSync(store, { bigint: true });
    return { dev: Number(s.dev), ino: Number(s.ino), size: Number(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs) };
  } catch {
    return null;
  }
}

function leftoverWal(store: string): boolean {
  try {
    return statSync(`${store}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** True when `store` must be scanned on open: no seal, a WAL left over, or a file other than the one sealed. */
export function needsScan(store: string): boolean {
  if (leftoverWal(store)) return true;
  let seal: Seal;
  try {
    seal = JSON.parse(readFileSync(sealPath(store), 'utf8')) as Seal;
  } catch {
    return true;
  }
  const now = identity(store);
  return !now || (Object.keys(now) as (keyof Seal)[]).some((k) => now[k] !== seal[k]);
}

/** A store opened for writing is no longer sealed: only a clean close seals it again. */
export function breakSeal(store: string): void {
  try {
    rmSync(sealPath(store), { force: true });
  } catch {
    // Cannot delete it (a read-only folder): the WAL this connection writes already voids it.
  }
}

/**
 * Seal `store` after its connection closed. Skipped while another connection still has it open (its WAL
 * is still there); never throws — a folder that cannot be written only means the next open scans.
 */
export function sealStore(store: string): void {
  try {
    if (leftoverWal(store) || existsSync(`${store}-journal`)) return;
    const seal = identity(store);
    if (!seal) return;
    const tmp = `${sealPath(store)}.tmp`;
    writeFileSync(tmp, JSON.stringify(seal));
    renameSync(tmp, sealPath(store));
  } catch {
    // Read-only folder or the like: the next open scans.
  }
}
