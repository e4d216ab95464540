/**
 * The app page's boot module (src/renderer/boot.ts) sends the window's first briefing.open as soon as it is
 * evaluated — before the shared chunk, which is why it is a chunk of its own. The print page loads that
 * chunk too (it shares the transport), so the request goes out only on a page with the app's mount point.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../src/shared/api';

type Open = AppApi['briefing.open'];
const open = vi.fn<Open>(() => Promise.resolve({ tag: 'early' } as unknown as Awaited<ReturnType<Open>>));
vi.mock('../../src/renderer/lib/api', () => ({ api: { 'briefing.open': open } }));

const g = globalThis as { document?: unknown; location?: unknown };

/** Evaluate boot.ts afresh on a page whose mount point is `mount` ('app' on the app page, 'print' on print.html). */
async function bootOn(mount: string, hash = ''): Promise<typeof import('../../src/renderer/state/early-open')> {
  // No module script naming a deferred entry (a page served with a first frame: e2e/first-frame.spec.ts).
  g.document = { getElementById: (id: string) => (id === mount ? {} : null), querySelector: () => null };
  g.location = { hash };
  vi.resetModules();
  await import('../../src/renderer/boot');
  return import('../../src/renderer/state/early-open');
}

describe('boot', () => {
  afterEach(() => {
    delete g.document;
    delete g.location;
    open.mockClear();
  });

  it('on the app page, sends the first load’s request at once, for the load to take', async () => {
    const { takeEarlyOpen } = await bootOn('app', '#/slide/3');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toEqual({ present: { resume: [], index: 2 } });
    expect(await takeEarlyOpen({ present: { resume: [], index: 2 } })?.answer).toEqual({ tag: 'early' });
  });

  it('on the print page, which loads the same chunk, sends nothing', async () => {
    const { takeEarlyOpen } = await bootOn('print', '#/slide/3');
    expect(open).not.toHaveBeenCalled();
    expect(takeEarlyOpen({ present: { resume: [], index: 2 } })).toBeNull();
  });
});
