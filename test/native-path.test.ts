import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { electronBindingPath } from '../scripts/native-path.mjs';
import { electronSqliteBinding } from '../src/main/native';

const root = resolve(__dirname, '..');
const key = { root: '/p', sqliteVersion: '12.11.1', electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };

describe('electronBindingPath', () => {
  it('keys the addon by better-sqlite3 version, Electron version, platform and arch', () => {
    expect(electronBindingPath(key)).toBe(
      join(
        '/p',
        'node_modules',
        '.cache',
        'briefing-desk',
        'better-sqlite3',
        'v12.11.1',
        'electron-v45.5.0-linux-x64',
        'better_sqlite3.node',
      ),
    );
  });

  it('never points into better-sqlite3/build, where the Node build lives', () => {
    expect(electronBindingPath(key)).not.toContain(`better-sqlite3${sep}build`);
  });

  it('differs for every part of the key', () => {
    const base = electronBindingPath(key);
    for (const [k, v] of Object.entries({ sqliteVersion: '12.12.0', electronVersion: '46.0.0', platform: 'darwin', arch: 'arm64' })) {
      expect(electronBindingPath({ ...key, [k]: v })).not.toBe(base);
    }
  });

  it('refuses a missing part', () => {
    expect(() => electronBindingPath({ ...key, electronVersion: '' })).toThrow(/electronVersion/);
  });
});

describe('electronSqliteBinding', () => {
  it('is undefined outside Electron and in a packaged app (the default binding is right there)', () => {
    expect(electronSqliteBinding(root)).toBeUndefined(); // vitest runs in plain Node
    expect(electronSqliteBinding(root, { packaged: true, electronVersion: '45.5.0' })).toBeUndefined();
  });

  it('explains how to build it when the Electron addon is missing', () => {
    expect(() => electronSqliteBinding(root, { electronVersion: '0.0.0-test', platform: 'linux', arch: 'x64' })).toThrow(/npm start/);
  });
});

describe('scripts/electron-native.mjs --dry-run', () => {
  const out = execFileSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs'), '--dry-run'], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_node_gyp: '/opt/npm/node-gyp.js' },
  });
  const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
  const sqlite = JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version as string;

  it('targets the same path native.ts loads', () => {
    const target = electronBindingPath({
      root,
      sqliteVersion: sqlite,
      electronVersion: electron,
      platform: process.platform,
      arch: process.arch,
    });
    expect(out).toContain(`target: ${target}`);
  });

  it('tries the Electron prebuild first, with runtime, target and arch', () => {
    expect(out).toMatch(/step 1: prebuild-install/);
    expect(out).toContain(`prebuild-install/bin.js --runtime=electron --target=${electron} --arch=${process.arch}`);
  });

  it('falls back to node-gyp against Electron headers', () => {
    expect(out).toMatch(/step 2: node-gyp/);
    expect(out).toContain(
      `/opt/npm/node-gyp.js rebuild --release --runtime=electron --target=${electron} --arch=${process.arch} --dist-url=https://electronjs.org/headers`,
    );
  });
});
