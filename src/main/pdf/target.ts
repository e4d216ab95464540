/**
 * Writing the PDF without ever leaving a partial file: a temporary file is created in the target's own
 * folder before any work starts (so an unwritable path fails at once), filled at the end, then renamed
 * over the target in one step. On failure the temporary file is removed and the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportError } from './errors';

export interface Target {
  path: string;
  /** The temporary file beside the target. */
  temp: string;
  /** write() then publish(). */
  commit(bytes: Uint8Array): Promise<void>;
  /** Fill the temporary file (a batch fills every file before it renames any). */
  write(bytes: Uint8Array): Promise<void>;
  /** Rename the filled temporary file over the target. */
  publish(): Promise<void>;
  discard(): Promise<void>;
}

const REASONS: Record<string, string> = {
  ENOENT: '目录不存在',
  ENOTDIR: '路径中有一段不是目录',
  EACCES: '没有写权限',
  EPERM: '没有写权限',
  EROFS: '文件系统只读',
  ENOSPC: '磁盘已满',
  EFBIG: '超出允许的文件大小（相当于磁盘已满）',
};

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return REASONS[err.code ?? ''] ?? err.message;
}

export function openTarget(out: string): Target {
  const path = resolve(out);
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ExportError(`无法写入 ${path}：这是一个目录，请给出文件名（例如 ${join(path, 'briefing.pdf')}）`);
    // Renaming over a device or pipe (e.g. /dev/full, as root) would replace it: only ever replace files.
    if (!st.isFile()) throw new ExportError(`无法写入 ${path}：这不是普通文件（设备、管道或套接字），请给出一个文件路径`);
  } catch (e) {
    if (e instanceof ExportError) throw e;
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    closeSync(openSync(temp, 'wx'));
  } catch (e) {
    throw new ExportError(`无法写入 ${path}：${reason(e)}`);
  }
  const discard = () => rm(temp, { force: true });
  const step = async (f: () => Promise<void>) => {
    try {
      await f();
    } catch (e) {
      await discard();
      throw new ExportError(`无法写入 ${path}：${reason(e)}`);
    }
  };
  const write = (bytes: Uint8Array) => step(() => writeFile(temp, bytes));
  const publish = () => step(() => rename(temp, path));
  return {
    path,
    temp,
    discard,
    write,
    publish,
    async commit(bytes) {
      await write(bytes);
      await publish();
    },
  };
}
