/**
 * A full web bridge for tests: a seeded store in a temporary folder, a presentation hub and a stub renderer
 * folder with an index.html, over real loopback HTTP. Tests that need more (an export bridge beside it, other
 * pages) start them from what this returns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { startBridge, type Bridge } from '../src/main/web/server';
import { SEED, tempDir } from './helpers';

export interface LiveBridge {
  dir: string;
  renderer: string;
  store: Store;
  hub: PresentationHub;
  bridge: Bridge;
  close(): Promise<void>;
}

export async function liveBridge(): Promise<LiveBridge> {
  const t = tempDir();
  const renderer = join(t.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>简报台</title>');
  const store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  const hub = new PresentationHub();
  const bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
  return {
    dir: t.dir,
    renderer,
    store,
    hub,
    bridge,
    async close() {
      await bridge.close();
      store.close();
      t.cleanup();
    },
  };
}
