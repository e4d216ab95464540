/**
 * The preload, run as it is bundled: against stand-ins for contextBridge (records what the page gets) and
 * ipcRenderer (an EventEmitter with invoke). Proves the page gets one function per allowed channel and the
 * presentation state alone — never ipcRenderer, nor the IPC event object with its sender.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (channel: string, req: unknown) => ({ ok: true, value: { channel, req } })),
  });
  return { exposed, ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) } };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

import { CHANNELS, IPC_PRESENTATION_EVENT, IPC_PREFIX, type BridgeApi, type PresentationEvents } from '../src/shared/api';
import { INITIAL_PRESENTATION } from '../src/shared/presentation';
import '../src/preload/index';

const api = () => electron.exposed.get('api') as BridgeApi;
const events = () => electron.exposed.get('apiEvents') as PresentationEvents;

describe('preload', () => {
  it('exposes window.api and window.apiEvents only, both frozen', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['api', 'apiEvents']);
    expect(Object.isFrozen(api())).toBe(true);
    expect(Object.isFrozen(events())).toBe(true);
  });

  it('gives one function per allowed channel, each invoking exactly that channel with the request alone', async () => {
    expect(Object.keys(api()).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear();
      const req = { probe: channel };
      const r = await (api()[channel] as (x: unknown) => Promise<unknown>)(req);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_PREFIX + channel, req);
      expect(r).toEqual({ ok: true, value: { channel: IPC_PREFIX + channel, req } });
    }
  });

  it('relays the presentation state without the IPC event, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const off = events().onPresentation((...args: unknown[]) => seen.push(args));
    const state = { ...INITIAL_PRESENTATION, index: 3, rev: 7 };
    const ipcEvent = Object.assign(new EventEmitter(), { sender: { secret: true }, senderFrame: {} });
    electron.ipcRenderer.emit(IPC_PRESENTATION_EVENT, ipcEvent, state);
    expect(seen).toEqual([[state]]);
    off();
    expect(electron.ipcRenderer.listenerCount(IPC_PRESENTATION_EVENT)).toBe(0);
    electron.ipcRenderer.emit(IPC_PRESENTATION_EVENT, ipcEvent, state);
    expect(seen).toHaveLength(1);
  });
});
