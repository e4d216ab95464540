#!/usr/bin/env node
/**
 * `npm run cli -- …`: the headless CLI as built by electron-vite (out/main/cli.js), run by plain Node.
 * Built, it starts in about a quarter of a second, where tsx needed over one (see `npm run bench`).
 * When the build is missing or older than any source file, it is rebuilt first, so the CLI never runs
 * stale code.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out/main/cli.js');

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = ['src', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => newest(join(root, p)));
if (builtAt < Math.max(...sources)) {
  process.stderr.write(builtAt ? '源代码有改动，正在重新构建…\n' : '首次运行，正在构建…\n');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    process.stderr.write('构建失败，命令没有执行。\n');
    process.exit(1);
  }
}
const mod = await import(built);
process.exitCode = await (mod.main ?? mod.default.main)(process.argv.slice(2));
