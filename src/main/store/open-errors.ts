/**
 * What went wrong when a store would not open, read from SQLite's own error code (better-sqlite3 puts it
 * on `err.code`), never guessed from the message. Only SQLite's "not a database" and "corrupt" mean the
 * file itself is unusable; a lock held by another program or a file this user may not read or write says
 * nothing about the store, which must then stay exactly where it is.
 */
import { basename, dirname } from 'node:path';
import { StoreError } from './errors';

/** The StoreError for a SQLite error met while opening `path`, or undefined when it is not one of these. */
export function classifyOpenError(e: unknown, path: string): StoreError | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const detail = (e as Error).message;
  if (code === 'SQLITE_NOTADB')
    return new StoreError('NOT_A_BRIEFING', `${path} 不是有效的简报台数据库：它不是 SQLite 数据库（${detail}）`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError('DAMAGED', `数据库文件 ${path} 已损坏（${detail}）`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new StoreError(
      'IN_USE',
      `简报数据库 ${path} 正被另一个程序使用（${detail}）。请关闭另一个简报台窗口或正在读写它的程序后再试；文件未作任何改动。`,
    );
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    const name = basename(path);
    return new StoreError(
      'NO_ACCESS',
      `没有权限读写简报数据库 ${path}（${detail}）。请检查该文件、文件夹 ${dirname(path)} 以及 ${name}-wal、${name}-shm 的权限` +
        `（例如曾用 sudo 运行后留下的属于其他用户的文件）；文件未作任何改动。`,
    );
  }
  return undefined;
}
