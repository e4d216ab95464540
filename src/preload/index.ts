/**
 * The preload: builds window.api from the channel allowlist, and window.apiEvents, the one thing the
 * main process pushes unasked: the presentation state, on every change.
 *
 * Runs sandboxed (sandbox: true), bundled to CJS by electron-vite. A sandboxed preload can only require
 * 'electron' and a few built-ins, so this imports the zod-free channel list, and types only from api.ts.
 * No ipcRenderer, event objects or Node values reach the page: each function takes the request and
 * returns the main process's Result (errors as data, never thrown across the bridge).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../shared/api';
import type { PresentationEvents } from '../shared/api';
import type { PresentationEvent } from '../shared/presentation';
import { CHANNEL_NAMES, IPC_PRESENTATION_EVENT, IPC_PREFIX } from '../shared/channels';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (req: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, req)]),
) as BridgeApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));

/** Only the state crosses, never the IPC event object (it carries the sender and more). */
const events: PresentationEvents = {
  onPresentation(listener: (s: PresentationEvent) => void): () => void {
    const relay = (_event: unknown, s: PresentationEvent) => listener(s);
    ipcRenderer.on(IPC_PRESENTATION_EVENT, relay);
    return () => void ipcRenderer.removeListener(IPC_PRESENTATION_EVENT, relay);
  },
};

contextBridge.exposeInMainWorld('apiEvents', Object.freeze(events));
