/**
 * `npm run web [-- --db PATH] [--port N] [--export-dir DIR]`: serve the built renderer and the real store on
 * 127.0.0.1 and print the address to open (token included) on one line. With --export-dir, the export
 * dialog writes its files there (headless Chromium for the PDFs); without it, the bridge writes no files.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers';
import { headlessExporter } from '../export/batch';
import { userDataDir } from '../data-dir';
import { openDefaultStore } from '../default-store';
import { configureLog } from '../log';
import { PresentationHub } from '../presentation-hub';
import { startBridge } from './server';
import { version } from '../../../package.json';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, 'export-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('用法：npm run web [-- --db PATH] [--port N] [--export-dir DIR]');
    return;
  }
  const exportDir = values['export-dir'] === undefined ? undefined : resolve(values['export-dir']);
  if (exportDir !== undefined && !statSync(exportDir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`--export-dir 必须是已存在的文件夹：${exportDir}`);
    process.exit(2);
  }
  // Everything the user typed is checked before anything is created.
  const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port 必须是 0–65535 的整数，收到：${values.port}`);
    process.exit(2);
  }
  const rendererDir = resolve(__dirname, '../../../out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`找不到已构建的界面（${rendererDir}）：请先运行 npm run build`);
    process.exit(1);
  }
  configureLog(userDataDir(), 'web');
  const store = openDefaultStore({ db: values.db, create: true });
  const hub = new PresentationHub();
  const exporter =
    exportDir === undefined
      ? undefined
      : headlessExporter({ dir: exportDir, rendererDir, openStore: () => openDefaultStore({ db: store.path, readOnly: true }) });
  const bridge = await startBridge({ handlers: createHandlers(store, version, hub, { exporter }), hub, rendererDir, port });
  console.log(bridge.url);
  console.error(`简报台网页版已启动（数据库：${store.path}）。按 Ctrl+C 停止。`);
  const stop = () => {
    void bridge.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`无法启动：${e.message}`);
  process.exit(1);
});
