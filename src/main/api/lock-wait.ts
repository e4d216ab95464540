/**
 * Waiting for another program's write lock without stopping the process. better-sqlite3 is synchronous:
 * with SQLite's own busy timeout, a write that meets a lock held elsewhere (another Briefing Desk, the CLI,
 * a sqlite3 shell in a transaction) sleeps inside the call, and the whole main process — every window's IPC,
 * the bridge's pages and event streams — stops with it. So the connection that serves the API waits at
 * most `sqliteWaitMs` inside SQLite; a call that still meets the lock is tried again later, from a timer,
 * with back-off, while everything else is served. It is tried again only when the failed attempt changed
 * nothing (SQLite's total_changes() is where it was), and only once the lock has been seen free (a probe:
 * BEGIN IMMEDIATE; ROLLBACK), so a handler that takes a backup first does not take one per try. After
 * `maxWaitMs` it gives up with BUSY: nothing of the call was written and nothing stored was touched.
 */
import { AppError } from '../../shared/result';
import type { Handlers } from '../../shared/api';
import type { DB, Store } from '../store';

export interface LockWait {
  /** SQLite's busy timeout on the API's connection: how long one statement may block the process. */
  sqliteWaitMs: number;
  /** The longest a call waits in all for another program's lock before it is answered BUSY. */
  maxWaitMs: number;
}

export const LOCK_WAIT: LockWait = { sqliteWaitMs: 20, maxWaitMs: 10_000 };
/** The first pause between tries, doubled up to the last. */
const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 250;

export const isBusy = (e: unknown): boolean => {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
};

export const busyMessage = (ms: number) =>
  `简报数据库正被另一个程序占用（它持有写入锁），等了 ${Math.round(ms / 100) / 10} 秒仍未释放：这次操作没有执行，已保存的数据完好。` +
  '请关闭正在写入它的程序（另一个简报台窗口、命令行或数据库工具）后重试。';

const totalChanges = new WeakMap<DB, () => number>();
function changesOf(db: DB): number {
  let read = totalChanges.get(db);
  if (!read) {
    const stmt = db.prepare('SELECT total_changes() AS n');
    read = () => (stmt.get() as { n: number }).n;
    totalChanges.set(db, read);
  }
  return read();
}

/** The write lock is free right now (taken and given back at once; waits at most the short timeout). */
function lockIsFree(db: DB): boolean {
  if (db.inTransaction) return false;
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    if (isBusy(e)) return false;
    throw e;
  }
  db.exec('ROLLBACK');
  return true;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const AGAIN = Symbol('again');
type Again = typeof AGAIN;
const shortened = new WeakMap<DB, number>();

/**
 * One handler call that waits for another program's lock on a timer, never inside SQLite. A call that
 * meets no lock is answered as the handler answers it (synchronously when the handler is synchronous).
 */
export function waitingForLock<T>(store: Store, run: () => T | Promise<T>, o: LockWait = LOCK_WAIT): T | Promise<T> {
  const started = Date.now();
  let db = store.db;
  const attempt = (): T | Promise<T | Again> | Again => {
    // The store may have been replaced (File → Open): this attempt's connection is the one to shorten.
    db = store.db;
    // A closed connection (the app quitting): the handler answers as it would without this wrapper.
    if (!db.open) return run();
    if (shortened.get(db) !== o.sqliteWaitMs) {
      db.pragma(`busy_timeout = ${o.sqliteWaitMs}`);
      shortened.set(db, o.sqliteWaitMs);
    }
    const conn = db;
    const before = changesOf(conn);
    // A call that wrote something before it met the lock is not run twice: its error stands.
    const again = (e: unknown): Again => {
      if (!isBusy(e) || !conn.open || changesOf(conn) !== before) throw e;
      return AGAIN;
    };
    try {
      const r = run();
      return r instanceof Promise ? r.catch(again) : r;
    } catch (e) {
      return again(e);
    }
  };
  const later = async (): Promise<T> => {
    let wait = FIRST_PAUSE_MS;
    for (;;) {
      for (;;) {
        if (Date.now() - started + wait > o.maxWaitMs) throw new AppError('BUSY', busyMessage(o.maxWaitMs));
        await pause(wait);
        wait = Math.min(wait * 2, LONGEST_PAUSE_MS);
        // A read-only connection cannot take the write lock to probe: it simply tries again.
        if (store.db !== db || !db.open || store.readOnly || lockIsFree(db)) break;
      }
      const r = await attempt();
      if (r !== AGAIN) return r;
    }
  };
  const first = attempt();
  if (first === AGAIN) return later();
  if (first instanceof Promise) return first.then((r) => (r === AGAIN ? later() : r));
  return first;
}

/** Every handler of `handlers`, each waiting for another program's lock as above. */
export function withLockWait(store: Store, handlers: Handlers, o: LockWait = LOCK_WAIT): Handlers {
  const wrapped: Record<string, (req: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (req: unknown) => unknown][])
    wrapped[channel] = (req) => waitingForLock(store, () => handler(req), o);
  return wrapped as Handlers;
}
