/**
 * A window's geometry report (src/renderer/state/window-geometry.ts): sent once the window has settled,
 * the same geometry once, a change after it settles, a failed report tried again with the next change.
 * Driven through the real API dispatch over a real store: what main keeps is what the window sent.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../src/shared/api';
import { createHandlers } from '../../src/main/api/handlers';
import { dispatch } from '../../src/main/api/dispatch';
import { openStore, type Store } from '../../src/main/store';
import { readGeometry } from '../../src/main/store/window-geometry';
import { geometryReporter } from '../../src/renderer/state/window-geometry';
import type { WindowGeometry } from '../../src/shared/window-geometry';
import { SEED, tempDir } from '../helpers';

const G: WindowGeometry = {
  windowWidth: 1280,
  windowHeight: 720,
  stageWidth: 1280,
  stageHeight: 720,
  dpr: 2,
  lang: 'zh',
  theme: 'projector',
};
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

let t: ReturnType<typeof tempDir>;
let store: Store;
beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'g.sqlite'), { seedBundles: SEED, dailyBackup: false });
});
afterAll(() => {
  store.close();
  t.cleanup();
});

describe("a window's geometry report", () => {
  it('goes once the window has settled, once for the same geometry, and again after a change', async () => {
    const handlers = createHandlers(store, 'test');
    const sent: WindowGeometry[] = [];
    let failing = false;
    const api = {
      'window.geometry': async (g: Request<'window.geometry'>) => {
        sent.push(g);
        if (failing) throw new Error('bridge gone');
        const r = await dispatch(handlers, 'window.geometry', g);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as { kept: boolean };
      },
    };
    const report = geometryReporter(api, 40, 20);
    report.update({ ...G, stageWidth: 100 }); // a box still settling
    report.update(G);
    await pause(10);
    expect(sent, 'not before the window has settled').toEqual([]);
    await pause(80);
    expect(sent).toEqual([G]);
    expect(readGeometry(store.db)).toEqual(G);
    report.update({ ...G });
    await pause(60);
    expect(sent, 'the same geometry: not again').toHaveLength(1);

    failing = true;
    report.update({ ...G, dpr: 1 });
    await pause(60);
    expect(sent).toHaveLength(2);
    failing = false;
    report.update({ ...G, dpr: 1 });
    await pause(60);
    expect(sent, 'a failed report goes again').toHaveLength(3);
    expect(readGeometry(store.db)?.dpr).toBe(1);
    report.stop();
  });

  it('on its way, the same geometry again does not start its wait again', async () => {
    const sent: WindowGeometry[] = [];
    const report = geometryReporter({ 'window.geometry': async (g) => (sent.push(g), { kept: true }) }, 40, 20);
    report.update(G);
    await pause(25);
    report.update({ ...G }); // a theme or box effect running again with the same values
    await pause(30);
    expect(sent).toEqual([G]);
    report.stop();
  });

  it('is refused by the API unless it is a geometry', async () => {
    const handlers = createHandlers(store, 'test');
    expect((await dispatch(handlers, 'window.geometry', { ...G, dpr: 0 })).ok).toBe(false);
    expect((await dispatch(handlers, 'window.geometry', { ...G, extra: 1 })).ok).toBe(false);
    expect((await dispatch(handlers, 'window.geometry', { ...G, theme: 'neon' })).ok).toBe(false);
  });
});
