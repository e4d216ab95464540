/**
 * Electron's transport for the API: one ipcMain.handle per allowed channel, nothing else.
 * Every call is checked twice before a handler runs: the sending frame must be our own renderer
 * (a stray frame or a navigated-away page gets FORBIDDEN), then dispatch() validates channel and payload.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_PREFIX, type Handlers } from '../../shared/api';
import { fail, type Result } from '../../shared/result';
import { asPage } from '../own-ink';
import { dispatch } from './dispatch';

export function registerIpc(handlers: Handlers, isTrustedSender: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      // senderFrame is null when the frame has navigated away or been destroyed since it sent the message.
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedSender(url)) {
        console.warn(`[ipc] refused ${channel} from ${url === undefined ? 'a vanished frame' : url.slice(0, 200)}`);
        return Promise.resolve(fail('FORBIDDEN', `拒绝访问：接口 ${channel} 只接受简报台自己页面的请求`));
      }
      // As the sending window: the hub then leaves that window's own ink out of the events it sends it (own-ink.ts).
      const sender = event.sender?.id;
      return asPage(sender === undefined ? undefined : String(sender), () => dispatch(handlers, channel, payload));
    });
  }
}

/** For tests and re-registration: remove every handler registerIpc added. */
export function unregisterIpc(): void {
  for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
}
