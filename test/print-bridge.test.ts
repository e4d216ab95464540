/**
 * The export bridge reads a report's briefing once for its whole life: a batch printing in two pages at
 * once (export.ts) prints one state of the store in every file, though the app may write to it meanwhile.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_TOKEN_HEADER } from '../src/shared/channels';
import { startPrintBridge } from '../src/main/pdf/print-bridge';
import { openStore } from '../src/main/store';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeAll(() => (t = tempDir()));
afterAll(() => t.cleanup());

describe('the export bridge', () => {
  it('answers every page the briefing it read first, and reads another report on its own', async () => {
    const db = join(t.dir, 'store.sqlite');
    openStore(db, { seedBundles: SEED, dailyBackup: false }).close();
    const store = openStore(db, { readOnly: true });
    const bridge = await startPrintBridge(store, t.dir, '0.0.0');
    const open = async (body: object) => {
      const r = await fetch(`${bridge.origin}/api/briefing.open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: bridge.token },
        body: JSON.stringify(body),
      });
      return (await r.json()) as { ok: boolean; value: { report: { id: number }; deck: { title: string } } };
    };
    try {
      const first = await open({});
      expect(first.ok).toBe(true);
      // The app renames the deck while the batch prints.
      const app = openStore(db, { dailyBackup: false });
      app.db.prepare('UPDATE decks SET title = ? WHERE report_id = ?').run('改过的标题', first.value.report.id);
      app.close();
      const second = await open({});
      expect(second.value.deck.title).toBe(first.value.deck.title);
      expect(second.value.deck.title).not.toBe('改过的标题');
      // A read of the report named otherwise is its own read, and sees the store as it is now.
      const named = await open({ reportId: first.value.report.id });
      expect(named.value.deck.title).toBe('改过的标题');
    } finally {
      await bridge.close();
      store.close();
    }
  });
});
