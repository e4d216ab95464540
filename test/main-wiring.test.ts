/**
 * The main process's start-up wiring (src/main/index.ts), run for real against a stand-in Electron: `app`
 * is an EventEmitter with the methods index.ts calls, and 'ready' never comes (what follows it opens
 * windows and is covered elsewhere). Proves the scheme is registered before 'ready', that every web
 * contents created gets the navigation lock, that only a dev run honours the dev server's origin, and
 * that a second instance hands over and leaves.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const state = { lock: true, packaged: true };
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => state.lock,
    quit: vi.fn(),
    whenReady: () => new Promise<void>(() => undefined),
  });
  // A getter (Object.assign would copy its value once).
  Object.defineProperty(app, 'isPackaged', { get: () => state.packaged });
  return { state, app, protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } };
});
vi.mock('electron', () => ({
  app: electron.app,
  protocol: electron.protocol,
  BrowserWindow: {},
  Menu: {},
  dialog: {},
  ipcMain: {},
  net: {},
  screen: {},
  session: {},
  shell: { openExternal: vi.fn() },
}));

class StandInContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
}
const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

async function start(opts: { lock?: boolean; packaged?: boolean; devUrl?: string } = {}) {
  electron.state.lock = opts.lock ?? true;
  electron.state.packaged = opts.packaged ?? true;
  if (opts.devUrl) process.env.ELECTRON_RENDERER_URL = opts.devUrl;
  else delete process.env.ELECTRON_RENDERER_URL;
  await import('../src/main/index');
}

/** A web contents as Electron would create it after start-up, with what index.ts attached to it. */
function newContents(): StandInContents {
  const contents = new StandInContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}
const blocked = (contents: StandInContents, url: string) => {
  const e = navigation(url);
  contents.emit('will-navigate', e);
  return e.preventDefault.mock.calls.length > 0;
};

beforeEach(() => {
  vi.resetModules();
  electron.app.removeAllListeners();
  electron.app.quit.mockClear();
  electron.protocol.registerSchemesAsPrivileged.mockClear();
});
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main process start-up wiring', () => {
  it('registers app:// as a privileged, secure standard scheme before ready', async () => {
    await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0][0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('locks every web contents created, including ones it did not make, to the app origin', async () => {
    await start();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    for (const contents of [newContents(), newContents()]) {
      expect(blocked(contents, 'https://evil.example/')).toBe(true);
      expect(blocked(contents, 'file:///etc/passwd')).toBe(true);
      expect(blocked(contents, 'app://briefing/index.html')).toBe(false);
      expect(contents.listenerCount('will-redirect')).toBe(1);
      expect(contents.listenerCount('will-frame-navigate')).toBe(1);
      expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    }
  });

  it('honours a loopback dev server only when not packaged', async () => {
    await start({ packaged: true, devUrl: 'http://127.0.0.1:5173/' });
    expect(blocked(newContents(), 'http://127.0.0.1:5173/')).toBe(true);
    vi.resetModules();
    electron.app.removeAllListeners();
    await start({ packaged: false, devUrl: 'http://127.0.0.1:5173/' });
    const dev = newContents();
    expect(blocked(dev, 'http://127.0.0.1:5173/#/data')).toBe(false);
    expect(blocked(dev, 'app://briefing/index.html')).toBe(true);
    vi.resetModules();
    electron.app.removeAllListeners();
    await start({ packaged: false, devUrl: 'http://evil.example:5173/' });
    expect(blocked(newContents(), 'http://evil.example:5173/')).toBe(true);
  });

  it('a second instance quits and wires nothing', async () => {
    await start({ lock: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
  });
});
