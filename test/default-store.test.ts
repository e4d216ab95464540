/** The one way every entry point (CLI, web bridge, desktop app) opens its store by default. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreOptions, openDefaultStore } from '../src/main/default-store';
import { listReports } from '../src/main/store/reports';
import { SEED, tempDir } from './helpers';

describe('openDefaultStore', () => {
  it('opens the file named with --db, seeded with the bundled report and not sealed', () => {
    const t = tempDir();
    try {
      const store = openDefaultStore({ db: join(t.dir, 'named.sqlite'), create: true });
      try {
        expect(store.path).toBe(join(t.dir, 'named.sqlite'));
        expect(listReports(store.db).map((r) => r.key)).toEqual(['cq-2015']);
      } finally {
        store.close();
      }
      expect(defaultStoreOptions({ db: 'rel.sqlite' })).toEqual({
        path: resolve('rel.sqlite'),
        options: { seedBundles: SEED, seal: false },
      });
    } finally {
      t.cleanup();
    }
  });

  it("without --db opens the app's own file, sealed, through the opener it is given", () => {
    const seen: unknown[] = [];
    const t = tempDir();
    try {
      const own = join(t.dir, 'own.sqlite');
      const store = openDefaultStore({
        ownPath: own,
        nativeBinding: undefined,
        open: (path, opts) => (seen.push([path, opts]), openDefaultStore({ db: path, create: true })),
      });
      store.close();
      expect(seen).toEqual([[own, { seedBundles: SEED, seal: true }]]);
    } finally {
      t.cleanup();
    }
  });

  it('a --db path that does not exist is an error unless the caller creates stores; read-only never creates', () => {
    const t = tempDir();
    try {
      const path = join(t.dir, 'typo.sqlite');
      expect(() => openDefaultStore({ db: path })).toThrow(/找不到数据库文件 .*typo\.sqlite/);
      expect(() => openDefaultStore({ db: path, readOnly: true, create: true })).toThrow(/找不到数据库文件/);
      expect(() => openDefaultStore({ ownPath: path, readOnly: true })).toThrow(/还没有简报数据库/);
      expect(readdirSync(t.dir)).toEqual([]);
      openDefaultStore({ db: path, create: true }).close();
      const ro = openDefaultStore({ db: path, readOnly: true });
      expect(ro.readOnly).toBe(true);
      ro.close();
    } finally {
      t.cleanup();
    }
  });
});
