/**
 * The Electron wiring, driven through its real code: Electron cannot run here, so its module is replaced by
 * the smallest stand-ins for the objects this code receives — ipcMain (a table of handlers), a web contents
 * (an EventEmitter with setWindowOpenHandler), a session, protocol and net. The store behind the IPC handlers
 * is a real SQLite file.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return {
    ipcHandlers,
    protocolHandlers,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, fn);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, fn),
    },
    // Electron's net.fetch of a file: URL: the bytes with a MIME type, or a rejection when there is no file.
    net: {
      fetch: async (url: string) => {
        const path = fileURLToPath(url);
        return new Response(readFileSync(path), { headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } });
      },
    },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, shell: electron.shell, protocol: electron.protocol, net: electron.net }));

import { CHANNELS, IPC_PREFIX, type Handlers } from '../src/shared/api';
import { CSP } from '../src/shared/csp';
import { createHandlers } from '../src/main/api/handlers';
import { registerIpc, unregisterIpc } from '../src/main/api/ipc';
import { openStore, type Store } from '../src/main/store';
import { handleAppProtocol } from '../src/main/protocol';
import { hardenSession, hardenWebContents } from '../src/main/windows/hardening';
import { APP_ORIGIN, isAllowedAppUrl } from '../src/main/windows/security';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let rendererDir: string;
const called: string[] = [];

beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  rendererDir = join(t.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer');
});
afterAll(() => {
  store.close();
  t.cleanup();
});

describe('IPC: every channel checks the sending frame', () => {
  /** The real handlers over the real store, each counting its calls; wired as index.ts wires them. */
  const wire = () => {
    const real = createHandlers(store, 'test');
    const counted = Object.fromEntries(
      Object.entries(real).map(([k, fn]) => [k, (...a: unknown[]) => (called.push(k), (fn as (...x: unknown[]) => unknown)(...a))]),
    ) as unknown as Handlers;
    registerIpc(counted, (url) => isAllowedAppUrl(url, APP_ORIGIN));
  };
  beforeAll(wire);
  afterAll(() => unregisterIpc());
  beforeEach(() => {
    called.length = 0;
  });

  const invoke = (channel: string, senderFrame: { url: string } | null, payload: unknown = {}) => {
    const fn = electron.ipcHandlers.get(IPC_PREFIX + channel);
    if (!fn) throw new Error(`no handler for ${channel}`);
    return fn({ senderFrame }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  };

  it('registers one handler per channel, and unregisters them all', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
    unregisterIpc();
    expect(electron.ipcHandlers.size).toBe(0);
    wire(); // twice would throw, as Electron's ipcMain.handle does
  });

  it('answers our own page, and still validates what it sends', async () => {
    const r = await invoke('report.list', { url: `${APP_ORIGIN}/index.html` });
    expect(r).toMatchObject({ ok: true, value: [{ key: 'cq-2015' }] });
    expect(called).toEqual(['report.list']);
    const bad = await invoke('figure.list', { url: `${APP_ORIGIN}/index.html#/data` }, { reportId: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  const WRONG_FRAMES: [string, { url: string } | null][] = [
    ['a web page', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'app://briefing.evil.example/index.html' }],
    ['our host with user-info', { url: 'app://user@briefing/index.html' }],
    ['a local file', { url: 'file:///etc/passwd' }],
    ['a dev server the packaged app does not trust', { url: 'http://localhost:5173/' }],
    ['about:blank', { url: 'about:blank' }],
    ['an empty URL', { url: '' }],
    ['a frame that navigated away or was destroyed', null],
  ];

  it.each(CHANNELS)('%s: refuses a payload from a wrong frame, before any handler runs', async (channel) => {
    for (const [what, frame] of WRONG_FRAMES) {
      const r = await invoke(channel, frame);
      expect(r, `${channel} from ${what}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(r.error!.message).toContain(channel);
    }
    expect(called).toEqual([]);
  });
});

/** A web contents as hardening.ts sees it: an EventEmitter plus setWindowOpenHandler. */
class StandInContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
}
const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('navigation guards, attached to a web contents', () => {
  let contents: StandInContents;
  beforeEach(() => {
    contents = new StandInContents();
    electron.shell.openExternal.mockClear();
    hardenWebContents(contents as never, APP_ORIGIN);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: blocks a foreign URL and lets our own through', (name) => {
    expect(contents.listenerCount(name)).toBe(1);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://briefing.evil/', 'app://x@briefing/', 'javascript:alert(1)']) {
      const e = navigation(url);
      contents.emit(name, e);
      expect(e.preventDefault, `${name} to ${url}`).toHaveBeenCalledOnce();
    }
    const own = navigation(`${APP_ORIGIN}/index.html#/presenter`);
    contents.emit(name, own);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('opens no window: a safe web link goes to the system browser, anything else nowhere', () => {
    expect(contents.openHandler).toBeDefined();
    expect(contents.openHandler!({ url: 'https://www.stats.gov.cn/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.stats.gov.cn/');
    for (const url of ['file:///etc/passwd', 'app://briefing/index.html', 'https://user:pw@evil.example/', 'smb://host/share']) {
      expect(contents.openHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).toHaveBeenCalledOnce();
  });

  it('refuses to attach a webview', () => {
    const e = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('session: permissions and the CSP header', () => {
  type Cb<T> = (v: T) => void;
  type HeadersFn = (d: { responseHeaders?: Record<string, string[]> }, cb: Cb<{ responseHeaders: Record<string, string[]> }>) => void;
  const got: {
    request?: (c: unknown, p: string, cb: Cb<boolean>) => void;
    check?: (...a: unknown[]) => boolean;
    device?: (...a: unknown[]) => boolean;
    headers?: HeadersFn;
  } = {};
  const ses = {
    setPermissionRequestHandler: (fn: typeof got.request) => (got.request = fn),
    setPermissionCheckHandler: (fn: typeof got.check) => (got.check = fn),
    setDevicePermissionHandler: (fn: typeof got.device) => (got.device = fn),
    webRequest: { onHeadersReceived: (fn: HeadersFn) => (got.headers = fn) },
  };
  beforeAll(() => hardenSession(ses as never));

  it('denies every permission asked for', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      got.request!({}, p, cb);
      expect(cb, p).toHaveBeenCalledWith(false);
    }
    expect(got.check!({}, 'media', 'app://briefing', {})).toBe(false);
    expect(got.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('replaces any CSP header, in whatever case, with ours and keeps the other headers', () => {
    const cb = vi.fn();
    got.headers!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'CONTENT-SECURITY-POLICY': ['script-src *'], 'X-Kept': ['1'] } },
      cb,
    );
    const out = cb.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(Object.keys(out).filter((k) => k.toLowerCase() === 'content-security-policy')).toEqual(['Content-Security-Policy']);
    expect(out['Content-Security-Policy']).toEqual([CSP]);
    expect(out['X-Kept']).toEqual(['1']);
    const none = vi.fn();
    got.headers!({}, none);
    expect(none.mock.calls[0][0].responseHeaders).toEqual({ 'Content-Security-Policy': [CSP] });
  });
});

describe('app:// protocol handler', () => {
  let serve: (r: Request) => Promise<Response>;
  beforeAll(() => {
    handleAppProtocol(rendererDir);
    serve = electron.protocolHandlers.get('app')!;
  });
  // The handler reads a request's method and url; a plain object, since fetch's Request refuses user-info URLs.
  const get = (url: string, method = 'GET') => serve({ url, method } as Request);

  it('serves the built renderer with our CSP and nosniff', async () => {
    const page = await get('app://briefing/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('简报台');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await get('app://briefing/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-security-policy')).toBe(CSP);
    // App routes without an extension get the page (the same fallback as the web bridge).
    expect(await (await get('app://briefing/presenter')).text()).toContain('简报台');
  });

  it('serves the app page with its first answer in it once the API is there, as the web bridge does', async () => {
    const withBody = join(t.dir, 'renderer-body');
    mkdirSync(withBody, { recursive: true });
    writeFileSync(join(withBody, 'index.html'), '<!doctype html><title>简报台</title><body><div id="app"></div></body>');
    const handlers = createHandlers(store, 'test');
    handleAppProtocol(withBody, () => handlers);
    serve = electron.protocolHandlers.get('app')!;
    try {
      const page = await get('app://briefing/');
      expect(page.headers.get('content-security-policy')).toBe(CSP);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      const json = /<script type="application\/json" id="first-open">(.*?)<\/script><div id="app">/s.exec(html)?.[1];
      expect(JSON.parse(json!).answer).toEqual(handlers['briefing.open']({ present: { resume: [] } }));
    } finally {
      handleAppProtocol(rendererDir);
      serve = electron.protocolHandlers.get('app')!;
    }
  });

  it('serves nothing outside the renderer, for no other host, and nothing but GET and HEAD', async () => {
    for (const url of [
      'app://briefing/%2e%2e/secret.txt',
      'app://briefing/assets/..%2f..%2fsecret.txt',
      'app://briefing/assets/missing.js',
      'app://evil/index.html',
      'app://user@briefing/index.html',
      'app://briefing/assets/%00.js',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text(), url).not.toContain('outside the renderer');
    }
    expect((await get('app://briefing/index.html', 'POST')).status).toBe(405);
    expect((await get('app://briefing/index.html', 'HEAD')).status).toBe(200);
  });
});
