/**
 * Reading a report file from disk, as the CLI's extract and import do: what a user picks by mistake (a folder,
 * a device, a pipe, a file they may not read, one that is not there, one far too big) is refused at once with
 * its own message; a file at the limit is read whole. Issue 26: the mutation run of safe-read.ts (the CLI runs
 * of readers-bad-input.test.ts check the same through a child process, which the mutation run cannot see).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, readReportFile, ReadError } from '../src/main/readers';
import { tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeAll(() => (t = tempDir()));
afterAll(() => t.cleanup());

async function refused(path: string, limit?: number): Promise<ReadError> {
  const e = await readReportFile(path, limit).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReadError);
  return e as ReadError;
}

describe('reading a report file', () => {
  it('reads a file whole, up to and including the limit', async () => {
    const path = join(t.dir, '报告.txt');
    writeFileSync(path, '工业增加值增长10.3%');
    expect(Buffer.from(await readReportFile(path)).toString()).toBe('工业增加值增长10.3%');
    const bytes = Buffer.byteLength('工业增加值增长10.3%');
    expect((await readReportFile(path, bytes)).length).toBe(bytes);
    expect(await readReportFile(path, bytes)).toBeInstanceOf(Uint8Array);
    writeFileSync(path, '');
    expect((await readReportFile(path)).length).toBe(0);
  });

  it('refuses a file one byte over the limit by its size, naming the file, its size and the limit', async () => {
    const path = join(t.dir, 'big.pdf');
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024 + 1));
    expect((await refused(path, 3 * 1024 * 1024)).message).toBe('big.pdf 太大（3 MB，上限 3 MB）：一份报告不会这么长，请检查文件');
    spawnSync('truncate', ['-s', '200M', path]);
    expect((await refused(path)).message).toBe('big.pdf 太大（200 MB，上限 8 MB）：一份报告不会这么长，请检查文件');
    expect(MAX_REPORT_BYTES).toBe(8 * 1024 * 1024);
  });

  it('refuses a file whose size says 0 but which holds more than the limit, after reading limit + 1 bytes', async () => {
    // Its true size is unknown: the message says it is over the limit, not that it is the limit's size.
    expect((await refused('/proc/self/maps', 100)).message).toBe('maps 太大（超过 0 MB，上限 0 MB）：一份报告不会这么长，请检查文件');
    expect((await readReportFile('/proc/self/maps', 1 << 20)).length).toBeGreaterThan(100);
  });

  it('says what is wrong with a path that is no file it can read', async () => {
    const missing = join(t.dir, 'nope.docx');
    const e = await refused(missing);
    expect(e.message).toBe(`无法读取 ${missing}：文件不存在`);
    expect(e.cause).toMatchObject({ code: 'ENOENT' });
    const folder = join(t.dir, '报告.docx');
    mkdirSync(folder);
    expect((await refused(folder)).message).toBe(`无法读取 ${folder}：这是一个文件夹，不是文件`);
    // A proc file only its writer may open: refused for lack of permission, even to root.
    expect((await refused('/proc/sys/vm/compact_memory')).message).toBe('无法读取 /proc/sys/vm/compact_memory：没有读取权限');
    // Any other failure keeps the system's own words.
    const tooLong = join(t.dir, 'x'.repeat(300));
    expect((await refused(tooLong)).message).toMatch(/^无法读取 .*：ENAMETOOLONG/u);
  });

  it('closes the file it opened, read or refused (an import of many files leaks no descriptor)', async () => {
    const path = join(t.dir, 'closed.txt');
    writeFileSync(path, '工业增加值增长10.3%');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) {
      await readReportFile(path);
      await refused(path, 3);
      await refused('/dev/zero');
    }
    expect(open()).toBe(before);
  });

  it('refuses a device and a pipe with no writer at once, as no regular file', async () => {
    const fifo = join(t.dir, 'fifo.txt');
    spawnSync('mkfifo', [fifo]);
    const expected = (p: string) => `无法读取 ${p}：不是普通文件（是设备、管道或套接字），只能导入保存在磁盘上的报告文件`;
    expect((await refused(fifo)).message).toBe(expected(fifo));
    expect((await refused('/dev/zero')).message).toBe(expected('/dev/zero'));
  });
});
