/**
 * The exporter's DevTools pipe against the machine's real Chromium: commands answer, page code runs,
 * a PDF comes back, and every way the browser can go away ends in a clear error instead of a hang.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, launchHeadless } from '../src/main/pdf/cdp';
import { CHROMIUM_ARGS } from '../src/main/pdf/chromium';
import { INSTALLED_CHROMIUM } from './helpers';

const browser = INSTALLED_CHROMIUM;

let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>t</title><p id="p">第 ${req.url} 页</p><script>window.answer = Promise.resolve(innerWidth)</script>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

// CI installs Debian's chromium before the tests; on a machine without any Chromium these cannot run.
describe.skipIf(!browser)('DevTools pipe to a real Chromium', { timeout: 60_000 }, () => {
  it('opens the page it was started on, runs code in it at the window size, and prints it', async () => {
    const h = await launchHeadless(browser!, [...CHROMIUM_ARGS, '--window-size=640,400'], `${origin}/x`);
    try {
      // Evaluated while the page may still be navigating from its blank start: evaluate() retries.
      const value = await evaluate(
        h.cdp,
        h.session,
        `new Promise((ok) => { const f = () => window.answer ? window.answer.then((w) => ok([w, document.getElementById('p').textContent])) : setTimeout(f, 10); f(); })`,
      );
      expect(value).toEqual([640, '第 /x 页']);
      const { data } = await h.cdp.send<{ data: string }>('Page.printToPDF', {}, h.session);
      expect(Buffer.from(data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await h.close();
    }
  });

  it('a command the browser refuses rejects with its name and the reason', async () => {
    const h = await launchHeadless(browser!, CHROMIUM_ARGS);
    try {
      await expect(h.cdp.send('Page.noSuchCommand', {}, h.session)).rejects.toThrow(/Page\.noSuchCommand：.*wasn't found/);
      await expect(evaluate(h.cdp, h.session, 'Promise.reject(new Error("坏了"))')).rejects.toThrow(/坏了/);
    } finally {
      await h.close();
    }
  });

  it('a browser that goes away fails the commands still waiting, and later ones at once', async () => {
    const h = await launchHeadless(browser!, CHROMIUM_ARGS);
    const waiting = h.cdp.send('Runtime.evaluate', { expression: 'new Promise(() => {})', awaitPromise: true }, h.session);
    const failed = expect(waiting).rejects.toThrow(/浏览器已退出/);
    await h.close();
    await failed;
    await expect(h.cdp.send('Browser.getVersion')).rejects.toThrow(/浏览器已退出/);
  });
});

describe('a program that is not a browser', () => {
  it('is reported with its exit status and last words, not awaited forever', async () => {
    // Node refuses Chromium's flags and exits at once.
    await expect(launchHeadless(process.execPath, CHROMIUM_ARGS)).rejects.toThrow(/浏览器已退出（退出码 \d+）：.*bad option/);
  });
});
