/**
 * The renderer's client is generated from the channel list: one method per contract channel, each reaching
 * its own channel. Driven through the same kind of bridge the preload builds (CHANNEL_NAMES → dispatch),
 * against real handlers on a real store.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type AppApi, type BridgeApi } from '../../src/shared/api';
import { CHANNEL_NAMES } from '../../src/shared/channels';
import { dispatch } from '../../src/main/api/dispatch';
import { createHandlers } from '../../src/main/api/handlers';
import { openStore, type Store } from '../../src/main/store';
import { SEED, tempDir } from '../helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let api: AppApi;

beforeAll(async () => {
  t = tempDir();
  store = openStore(join(t.dir, 'client.sqlite'), { seedBundles: SEED });
  const handlers = createHandlers(store, 'test');
  const bridge = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, (req: unknown) => dispatch(handlers, c, req)])) as unknown as BridgeApi;
  (globalThis as { window?: unknown }).window = { api: bridge };
  ({ api } = await import('../../src/renderer/lib/api'));
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
  store.close();
  t.cleanup();
});

describe('renderer API client', () => {
  it('has exactly one method per contract channel', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s reaches its own channel', async (channel) => {
    const call = api[channel] as (req: unknown) => Promise<unknown>;
    await expect(call({ stray: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining(`接口 ${channel} 的参数有误`),
    });
  });

  it('unwraps answers', async () => {
    expect((await api['report.list']({})).map((r) => r.key)).toEqual(['cq-2015']);
    expect((await api['figure.list']({ reportId: 1 })).length).toBeGreaterThan(50);
  });
});
