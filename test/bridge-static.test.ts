/**
 * The bridge's static files (src/main/web/static.ts), driven directly: which paths map to a file inside the
 * built renderer, which are refused, and the headers each file is sent with. Mutation testing showed these
 * refusals and types were reached only through the bridge's happy paths.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStatic, sendFile } from '../src/main/web/static';

let root: string;
let outside: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-static-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(root, 'assets', 'data.bin'), 'x');
  // A file whose name holds a backslash: on Windows the same path would climb directories, so it is never served.
  writeFileSync(join(root, 'assets\\app-1a2b.js'), 'console.log(2)');
  outside = join(dir, 'secret.txt');
  writeFileSync(outside, 'not for the web');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('resolveStatic', () => {
  it('maps a file path inside the root to that file, however many leading slashes', () => {
    expect(resolveStatic(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStatic(root, '//assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
  });

  it('serves index.html for the root and for app routes without an extension', () => {
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/presenter')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/print/slides')).toBe(join(root, 'index.html'));
  });

  it('refuses paths that leave the root, plain or percent-encoded', () => {
    expect(resolveStatic(root, '/../secret.txt')).toBeUndefined();
    expect(resolveStatic(root, '/assets/../../secret.txt')).toBeUndefined();
    expect(resolveStatic(root, '/%2e%2e/secret.txt')).toBeUndefined();
  });

  it('refuses a NUL byte, a backslash (even where such a file exists) and a malformed escape', () => {
    expect(resolveStatic(root, '/assets/app-1a2b.js%00.png')).toBeUndefined();
    expect(resolveStatic(root, '/assets%5capp-1a2b.js')).toBeUndefined();
    expect(resolveStatic(root, '/assets\\app-1a2b.js')).toBeUndefined();
    expect(resolveStatic(root, '/assets/%E0%A4%A.js')).toBeUndefined();
  });

  it('refuses a directory and a missing file', () => {
    expect(resolveStatic(root, '/assets.d/')).toBeUndefined();
    expect(resolveStatic(join(root), '/assets/missing.js')).toBeUndefined();
    mkdirSync(join(root, 'dir.js'), { recursive: true });
    expect(resolveStatic(root, '/dir.js')).toBeUndefined();
  });
});

describe('sendFile', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const file = resolveStatic(root, new URL(req.url ?? '/', 'http://x').pathname);
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      sendFile(res, file, { 'x-frame-options': 'DENY' });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('sends each file with its type, its length, the given headers, and caching by kind', async () => {
    const html = await fetch(`${base}/presenter`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('cache-control')).toBe('no-store');
    expect(html.headers.get('x-frame-options')).toBe('DENY');
    expect(await html.text()).toContain('<title>app</title>');

    const js = await fetch(`${base}/assets/app-1a2b.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('max-age=31536000, immutable');
    expect(js.headers.get('content-length')).toBe(String('console.log(1)'.length));

    const font = await fetch(`${base}/assets/font.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    await font.arrayBuffer();

    const types: [string, string][] = [
      ['x.mjs', 'text/javascript; charset=utf-8'],
      ['x.css', 'text/css; charset=utf-8'],
      ['x.json', 'application/json; charset=utf-8'],
      ['x.svg', 'image/svg+xml'],
      ['x.png', 'image/png'],
      ['x.ico', 'image/x-icon'],
      ['x.woff', 'font/woff'],
      ['x.ttf', 'font/ttf'],
      ['X.CSS', 'text/css; charset=utf-8'],
    ];
    for (const [name, type] of types) {
      writeFileSync(join(root, 'assets', name), '.');
      const r = await fetch(`${base}/assets/${name}`);
      expect(r.headers.get('content-type'), name).toBe(type);
      await r.arrayBuffer();
    }

    const bin = await fetch(`${base}/assets/data.bin`);
    expect(bin.headers.get('content-type')).toBe('application/octet-stream');
    await bin.arrayBuffer();
  });

  it('serves a file as it is now after it changed, and a file too large to keep, whole', async () => {
    const file = join(root, 'assets', 'changing.css');
    writeFileSync(file, 'a{}');
    expect(await (await fetch(`${base}/assets/changing.css`)).text()).toBe('a{}');
    writeFileSync(file, 'b{color:red}');
    utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a new mtime even on a coarse clock
    const changed = await fetch(`${base}/assets/changing.css`);
    expect(changed.headers.get('content-length')).toBe('12');
    expect(await changed.text()).toBe('b{color:red}');

    const big = Buffer.alloc(9 * 1024 * 1024, 7);
    big.write('end', big.length - 3);
    writeFileSync(join(root, 'assets', 'big.bin'), big);
    const r = await fetch(`${base}/assets/big.bin`);
    expect(r.headers.get('content-length')).toBe(String(big.length));
    expect(Buffer.from(await r.arrayBuffer()).equals(big)).toBe(true);

    const head = await fetch(`${base}/assets/changing.css`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('12');
    expect(await head.text()).toBe('');
  });
});
