/**
 * The preload: builds window.api from the channel allowlist and nothing else.
 *
 * Runs sandboxed (sandbox: true), bundled to CJS by electron-vite. A sandboxed preload can only require
 * 'electron' and a few built-ins, so this imports the zod-free channel list, and types only from api.ts.
 * No ipcRenderer, event objects or Node values reach the page: each function takes the request and
 * returns the main process's Result (errors as data, never thrown across the bridge).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../shared/api';
import { CHANNEL_NAMES, IPC_PREFIX } from '../shared/channels';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (req: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, req)]),
) as BridgeApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
