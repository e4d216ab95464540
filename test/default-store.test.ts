/** The one way every entry point (CLI, web bridge, desktop app) opens its store by default. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreOptions, openDefaultStore } from '../src/main/default-store';
import { listReports } from '../src/main/store/reports';
import { SEED, tempDir } from './helpers';

describe('openDefaultStore', () => {
  it('opens the file named with --db, seeded with the bundled report and not sealed', () => {
    const t = tempDir();
    try {
      const store = openDefaultStore({ db: join(t.dir, 'named.sqlite') });
      try {
        expect(store.path).toBe(join(t.dir, 'named.sqlite'));
        expect(listReports(store.db).map((r) => r.key)).toEqual(['cq-2015']);
      } finally {
        store.close();
      }
      expect(defaultStoreOptions({ db: 'rel.sqlite' })).toEqual({ path: resolve('rel.sqlite'), options: { seedBundles: SEED, seal: false } });
    } finally {
      t.cleanup();
    }
  });

  it("without --db opens the app's own file, sealed, through the opener it is given", () => {
    const seen: unknown[] = [];
    const t = tempDir();
    try {
      const own = join(t.dir, 'own.sqlite');
      const store = openDefaultStore({ ownPath: own, nativeBinding: undefined, open: (path, opts) => (seen.push([path, opts]), openDefaultStore({ db: path })) });
      store.close();
      expect(seen).toEqual([[own, { seedBundles: SEED, seal: true }]]);
    } finally {
      t.cleanup();
    }
  });
});
