/**
 * The application menu: standard roles (so shortcuts and platform behaviour come from Electron) with
 * Chinese labels. Reload and DevTools exist only in development: a packaged app has no way to open them.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** What the File menu's own items do (the PDF export and print flows live in pdf/electron.ts). */
export interface FileActions {
  exportPdf(): void;
  /** 文件 → 导出 → PowerPoint… / Word… (export/electron.ts). */
  exportOffice?(format: 'pptx' | 'docx'): void;
  /** 文件 → 导出…: the renderer's export dialog (every format, several at once, 期号). Replaces the two above. */
  exportDialog?(): void;
  /** 文件 → 打印…: the export dialog in its print mode (one layout, then the system's print dialog). */
  print(): void;
  newFile?(): void;
  open?(path?: string): void;
  saveAs?(): void;
  recent?(): string[];
  restore?(): void;
}

/** Present (F5) and Exit presentation: both act on the presentation hub; present.ts arranges the windows. */
export interface PresentActions {
  start(): void;
  stop(): void;
}

export function buildMenu(isDev: boolean, file?: FileActions, present?: PresentActions): Menu {
  const isMac = process.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [
    // macOS puts the app name first (About, Hide, Quit …); Electron builds it from the role.
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '文件',
      submenu: [
        ...(file?.open
          ? ([
              { label: '新建', accelerator: 'CmdOrCtrl+N', click: () => file.newFile?.() },
              { label: '打开…', accelerator: 'CmdOrCtrl+O', click: () => file.open?.() },
              {
                label: '打开最近的文件',
                submenu: (file.recent?.() ?? []).length
                  ? (file.recent?.() ?? []).map((p) => ({ label: p, click: () => file.open?.(p) }))
                  : [{ label: '（无）', enabled: false }],
              },
              { label: '另存为…', accelerator: 'CmdOrCtrl+Shift+S', click: () => file.saveAs?.() },
              { label: '从备份恢复…', click: () => file.restore?.() },
              sep,
            ] as MenuItemConstructorOptions[])
          : []),
        ...(file
          ? ([
              file.exportDialog
                ? { label: '导出…', accelerator: 'CmdOrCtrl+Shift+E', click: () => file.exportDialog?.() }
                : { label: '导出 PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => file.exportPdf() },
              ...(file.exportOffice && !file.exportDialog
                ? ([
                    {
                      label: '导出',
                      submenu: [
                        { label: 'PowerPoint…', click: () => file.exportOffice?.('pptx') },
                        { label: 'Word…', click: () => file.exportOffice?.('docx') },
                      ],
                    },
                  ] as MenuItemConstructorOptions[])
                : []),
              { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => file.print() },
              sep,
            ] as MenuItemConstructorOptions[])
          : []),
        isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        sep,
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(isDev
          ? ([
              { role: 'reload', label: '重新载入' },
              { role: 'forceReload', label: '强制重新载入' },
              { role: 'toggleDevTools', label: '开发者工具' },
              sep,
            ] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        sep,
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    ...(present
      ? ([
          {
            label: '放映',
            submenu: [
              { label: '放映', accelerator: 'F5', click: () => present.start() },
              // Esc is shown, not registered: the page handles Esc (it closes a popover first).
              { label: '退出放映', accelerator: 'Esc', registerAccelerator: false, click: () => present.stop() },
            ],
          },
        ] as MenuItemConstructorOptions[])
      : []),
    {
      role: 'windowMenu',
      label: '窗口',
    },
    {
      role: 'help',
      label: '帮助',
      submenu: [{ label: '关于简报台', click: () => app.showAboutPanel() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** Install the menu and the About panel's text (Linux shows nothing unless these are set). */
export function installMenu(isDev: boolean, file?: FileActions, present?: PresentActions): void {
  app.setAboutPanelOptions({
    applicationName: '简报台 Briefing Desk',
    applicationVersion: app.getVersion(),
    copyright: '离线阅读、演示与打印数据简报',
  });
  Menu.setApplicationMenu(buildMenu(isDev, file, present));
}
