/**
 * The Electron main process: lifecycle only. Open the store, register the API, build the menu, open
 * the deck window. Everything with logic lives in store/, api/ and windows/ and is tested without Electron.
 */
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import { join } from 'node:path';
import { attachPictures, createHandlers, planPictureWindow } from './api/handlers';
import { registerIpc } from './api/ipc';
import { installMenu } from './menu';
import { ownInk } from './own-ink';
import { PresentationHub } from './presentation-hub';
import { IPC_PRESENTATION_EVENT } from '../shared/channels';
import { electronSqliteBinding } from './native';
import { exportBatchFromApp, exportOfficeFromApp } from './export/electron';
import { OPEN_EXPORT_DIALOG, OPEN_PRINT_DIALOG, type ExportRequest } from '../shared/exports';
import type { Handlers } from '../shared/api';
import type { Report } from '../shared/types';
import { exportPdfFromApp, printWithDialog } from './pdf/electron';
import { defaultStoreOptions, openDefaultStore } from './default-store';
import { findResourcesDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { newFile, openFile, recentFiles, restoreBackup, saveAs, type FileMenuContext } from './files/electron';
import { configureLog, log } from './log';
import { openStoreInteractively } from './open-store';
import { StoreError, type Store } from './store';
import { reportOnScreen } from './store/reports';
import { createDeckWindow } from './windows/deck';
import { PresentationWindows } from './windows/present';
import { hardenSession, hardenWebContents } from './windows/hardening';
import { isAllowedAppUrl, rendererOrigin } from './windows/security';

// Privileged schemes must be registered before 'ready'.
registerAppScheme();

let store: Store | undefined;

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the store file (WAL, one writer): hand over to it and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  const origin = rendererOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  // Every web contents, including any we did not create ourselves, gets the navigation lock.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      // A StoreError (newer schema, not a briefing file …) already carries a message written for the user.
      if (!(e instanceof StoreError)) console.error('[main] start-up failed:', e);
      log('app.start-failed', { code: (e as { code?: string })?.code });
      dialog.showErrorBox('简报台无法启动', e instanceof Error ? e.message : String(e));
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS: clicking the dock icon with no windows open reopens the deck.
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) createDeckWindow();
  });

  app.on('will-quit', () => {
    store?.close();
    store = undefined;
  });

  function start(): void {
    configureLog(app.getPath('userData'), 'app');
    log('app.start');
    hardenSession(session.defaultSession);
    // The app page carries its window's first answer once the API is registered below.
    const served: { api?: Handlers } = {};
    handleAppProtocol(undefined, () => served.api);

    // Packaged: electron-builder copies resources/ to <resourcesPath>/resources (extraResources).
    const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : findResourcesDir(app.getAppPath());
    // The app's own store (sealed, see store/seal.ts); documents opened from File get no seal.
    const own = {
      ownPath: join(app.getPath('userData'), 'briefing.sqlite'),
      resourcesDir,
      nativeBinding: electronSqliteBinding(app.getAppPath(), { packaged: app.isPackaged }),
    };
    const { options } = defaultStoreOptions(own);
    store = openDefaultStore({ ...own, open: openStoreInteractively });
    const current = store;

    // One presentation for every window: any window drives it, every window follows it.
    const hub = new PresentationHub();
    const windows = new PresentationWindows();
    hub.subscribe((s) => {
      // Not to the window that drew this ink: the answer to its action carried it (own-ink.ts).
      for (const w of BrowserWindow.getAllWindows())
        if (!w.isDestroyed() && !ownInk(String(w.webContents.id), s)) w.webContents.send(IPC_PRESENTATION_EVENT, s);
      windows.sync(s);
    });
    const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    // The export dialog's batches (API export.files): a folder dialog, then each file in turn.
    const exporter = (req: ExportRequest, report: Report) => exportBatchFromApp(focused(), current, req, report);
    // The dialog's print mode (API print.open): one layout through the system's print dialog.
    const shell = { exporter, printer: printWithDialog };
    served.api = createHandlers(store, app.getVersion(), hub, shell);
    registerIpc(served.api, (url) => isAllowedAppUrl(url, origin));
    // The first chart's picture, made ahead for the geometry the windows report (charts/picture-refresh.ts).
    attachPictures(served.api, join(__dirname, '../renderer'));
    // A menu item that opens one of the renderer's dialogs: a window event in the focused window (App.svelte).
    const openDialog = (event: string) =>
      void focused()?.webContents.executeJavaScript(`window.dispatchEvent(new Event('${event}'))`, true);
    const files: FileMenuContext = {
      store: current,
      options,
      refreshMenu: () => menu(),
      afterSwap: () => hub.reset(),
    };
    const menu = () =>
      installMenu(
        !app.isPackaged,
        {
          exportPdf: () => void exportPdfFromApp(focused(), reportOnScreen(current.db, hub.current.deckId)),
          // 文件 → 导出…: the renderer's export dialog (views/export/ExportDialog.svelte), opened by its window event.
          exportDialog: () => openDialog(OPEN_EXPORT_DIALOG),
          // The report the app shows: the one whose deck the presentation hub has open (else the current one).
          exportOffice: (format) =>
            void exportOfficeFromApp(focused(), format, current, reportOnScreen(current.db, hub.current.deckId)?.id),
          // 文件 → 打印…: the same dialog in its print mode (one layout, 期号, 内部资料), then print.open.
          print: () => openDialog(OPEN_PRINT_DIALOG),
          newFile: () => void newFile(files),
          open: (path) => void openFile(files, path),
          saveAs: () => void saveAs(files),
          recent: recentFiles,
          restore: () => void restoreBackup(files),
        },
        {
          start: () => void hub.act({ type: 'present', presenting: true }),
          stop: () => void hub.act({ type: 'present', presenting: false }),
        },
      );
    menu();
    const win = createDeckWindow();
    // Its size and display: the first chart's picture is made for a window like it (charts/picture-refresh.ts).
    const [width = 0, height = 0] = win.getContentSize();
    planPictureWindow(served.api, { width, height, scaleFactor: screen.getDisplayMatching(win.getBounds()).scaleFactor });
  }
}
