/**
 * The one way a report file is read from disk (CLI extract/import, and anything else that opens a report
 * by path): open without blocking (a FIFO with no writer would hang a plain open), fstat the open
 * descriptor (no race between a check and the read), regular files only, and read at most the limit + 1
 * bytes whatever the size claims (/proc files, a file growing while read). Never readFileSync on an
 * unknown path.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_REPORT_FILE_BYTES, megabytes as mb } from '../../shared/limits';
import { ReadError } from './errors';

/** The largest report file taken (a long report in Word with images is a few MB): shared/limits.ts. */
export const MAX_REPORT_BYTES = MAX_REPORT_FILE_BYTES;

export async function readReportFile(path: string, limit = MAX_REPORT_BYTES): Promise<Uint8Array> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取权限'
          : code === 'EISDIR'
            ? '这是一个文件夹，不是文件'
            : (e as Error).message;
    throw new ReadError(`无法读取 ${path}：${why}`, { cause: e });
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new ReadError(`无法读取 ${path}：这是一个文件夹，不是文件`);
    if (!st.isFile()) throw new ReadError(`无法读取 ${path}：不是普通文件（是设备、管道或套接字），只能导入保存在磁盘上的报告文件`);
    // By its size when the file states one; a file that said less than it held (/proc, one growing) is "over".
    const tooBig = (size?: number) =>
      new ReadError(
        `${basename(path)} 太大（${size === undefined ? `超过 ${mb(limit)}` : mb(size)}，上限 ${mb(limit)}）：一份报告不会这么长，请检查文件`,
      );
    if (st.size > limit) throw tooBig(st.size);
    const buf = new Uint8Array(limit + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > limit) throw tooBig();
    return buf.slice(0, got);
  } finally {
    await fh.close();
  }
}
