/**
 * export-pdf failures, run as a user runs them: a clear message on stderr, a non-zero exit, and no file
 * (not even a temporary one) left in the target folder. None of these needs a built renderer.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../src/main/pdf/chromium';
import { exportPdf } from '../src/main/pdf/export';
import { openStore } from '../src/main/store';
import { ROOT, SEED, tempDir } from './helpers';

const hasChromium = () => {
  try {
    return !!findChromium();
  } catch {
    return false;
  }
};

let t: ReturnType<typeof tempDir>;
let outDir: string;
beforeAll(() => {
  t = tempDir();
  outDir = join(t.dir, 'out');
  mkdirSync(outDir);
});
afterAll(() => t.cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), 'export-pdf', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config'), CHROME_PATH: '' },
  });
const db = () => ['--db', join(t.dir, 'store.sqlite')];

describe('export-pdf failures', { timeout: 60_000 }, () => {
  it('a bad layout: usage error (exit 2), naming the layouts, no file', () => {
    const r = cli('--layout', 'poster', '--out', join(outDir, 'a.pdf'), ...db());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的版式：poster');
    expect(r.stderr).toContain('slides、handout、handout-2、handout-3、handout-6、brief、brief-gongwen');
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('a missing browser: exit 1, says how to name one, no file', () => {
    const r = cli('--layout', 'slides', '--out', join(outDir, 'b.pdf'), '--chromium', join(t.dir, 'no-such-chromium'), ...db());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/找不到浏览器：--chromium 指定的 .*no-such-chromium 不存在/);
    expect(r.stderr).toContain('CHROME_PATH');
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    ['a folder that does not exist', () => join(t.dir, 'missing-dir', 'c.pdf'), /目录不存在/],
    ['a path through a file', () => (writeFileSync(join(t.dir, 'plain'), 'x'), join(t.dir, 'plain', 'd.pdf')), /路径中有一段不是目录/],
    ['a folder given as the file', () => outDir, /这是一个目录/],
    // As root a rename over /dev/full would replace the device node: a non-file target is refused.
    ['a device (/dev/full)', () => '/dev/full', /不是普通文件/],
  ])('an unwritable path (%s): exit 1, names the path, no file', (_what, out, reason) => {
    // Any executable passes the browser check; the target is refused before a browser would start.
    const r = cli('--layout', 'brief', '--out', out(), '--chromium', process.execPath, ...db());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/无法写入 /);
    expect(r.stderr).toMatch(reason);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('a missing build: says to run npm run build, leaves nothing behind', async () => {
    const empty = join(t.dir, 'no-renderer');
    mkdirSync(empty);
    const out = join(outDir, 'e.pdf');
    await expect(
      exportPdf({
        layout: 'slides',
        out,
        openStore: () => openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED }),
        rendererDir: empty,
        chromium: process.execPath,
      }),
    ).rejects.toThrow(/请先运行 npm run build/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('a program that is not a browser: names it and why it stopped, leaves nothing behind', async () => {
    const renderer = join(t.dir, 'renderer-stub');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'print.html'), '<!doctype html><title>x</title>');
    const out = join(outDir, 'f.pdf');
    await expect(
      exportPdf({
        layout: 'slides',
        out,
        openStore: () => openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED }),
        rendererDir: renderer,
        chromium: process.execPath,
      }),
    ).rejects.toThrow(new RegExp(`无法启动浏览器 ${process.execPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：浏览器已退出（退出码 \\d+）`));
    expect(readdirSync(outDir)).toEqual([]);
  });

  // A real Chromium opening a print page whose script never starts (CI installs one; see cdp.test.ts).
  it.skipIf(!hasChromium())('a print page that never starts: says so instead of waiting, leaves nothing behind', async () => {
    const renderer = join(t.dir, 'renderer-dead');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'print.html'), '<!doctype html><title>x</title><p>no script here</p>');
    const out = join(outDir, 'g.pdf');
    await expect(
      exportPdf({
        layout: 'brief',
        out,
        openStore: () => openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED }),
        rendererDir: renderer,
      }),
    ).rejects.toThrow(/无法生成 PDF：打印页面没有启动/);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
