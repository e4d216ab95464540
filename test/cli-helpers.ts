/** The CLI run from source, as the tests that import a file through it run it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers';

/** `cli …args` run from source with `home` as its HOME and config folder; fails the test unless it exits 0. Its stderr. */
export function runCli(home: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config') },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
}
