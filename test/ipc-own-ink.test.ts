/**
 * In the app, the window that draws ink is told of it by the answer to its IPC call, not again among the
 * events every window follows (main/own-ink.ts): the IPC handler applies a window's action as that window,
 * and the hub's listener (as index.ts wires it) leaves that window's own ink deltas out. Electron cannot run
 * here: ipcMain is a table of handlers; the handlers, hub and store behind it are real.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

const ipcHandlers = vi.hoisted(() => new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => ipcHandlers.set(channel, fn),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
}));

import { IPC_PREFIX } from '../src/shared/api';
import type { PresentationEvent } from '../src/shared/presentation';
import { createHandlers } from '../src/main/api/handlers';
import { registerIpc, unregisterIpc } from '../src/main/api/ipc';
import { ownInk } from '../src/main/own-ink';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
const hub = new PresentationHub();

beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  registerIpc(createHandlers(store, 'test', hub), () => true);
});
afterAll(() => {
  unregisterIpc();
  store.close();
  t.cleanup();
});

it("sends a window's own ink to the other windows only; other changes to every window", async () => {
  // Windows 1 (the presenter view, acting) and 2 (the audience), as index.ts sends to each.
  const heard = new Map<number, number[]>([
    [1, []],
    [2, []],
  ]);
  hub.subscribe((s: PresentationEvent) => {
    for (const [id, revs] of heard) if (!ownInk(String(id), s)) revs.push(s.rev);
  });
  const act = (action: object) =>
    ipcHandlers.get(IPC_PREFIX + 'present.act')!({ senderFrame: { url: 'app://x/' }, sender: { id: 1 } }, { action }) as Promise<{
      ok: boolean;
      value: PresentationEvent;
    }>;
  const stroke = await act({ type: 'inkStroke', id: 3, tool: 'pen', colour: 'blue', points: [0.5, 0.5] });
  const black = await act({ type: 'toggleScreen', screen: 'black' });
  expect(stroke.ok && stroke.value.inkDelta?.action).toMatchObject({ type: 'inkStroke', id: 3 });
  expect(heard.get(2)).toEqual([stroke.value.rev, black.value.rev]);
  expect(heard.get(1)).toEqual([black.value.rev]);
  // Ink the hub applies outside any window's call (a test, the bench) reaches every window.
  const extended = hub.answer({ type: 'inkExtend', id: 3, points: [0.6, 0.6] });
  expect(heard.get(1)).toEqual([black.value.rev, extended.rev]);
});
