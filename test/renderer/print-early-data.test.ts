/**
 * The print page's briefing.open (src/renderer/print/early-data.ts): sent as soon as its small chunk is
 * evaluated, on the print page only, for the report its address names; every layout the page prints
 * (a batch lays the page out again) takes that one answer, and a failed answer is asked for again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../src/shared/api';
import { parsePrintQuery } from '../../src/shared/print';

type Open = AppApi['briefing.open'];
type Answer = Awaited<ReturnType<Open>>;
const open = vi.fn<Open>(() => Promise.resolve({ tag: 'early' } as unknown as Answer));
vi.mock('../../src/renderer/lib/api', () => ({ api: { 'briefing.open': open } }));

const g = globalThis as { document?: unknown; window?: unknown };

/** Evaluate early-data.ts afresh on a page whose mount point is `mount`, at address `search`. */
async function loadOn(mount: string, search = ''): Promise<typeof import('../../src/renderer/print/early-data')> {
  g.document = { getElementById: (id: string) => (id === mount ? {} : null) };
  g.window = { location: { search } };
  vi.resetModules();
  return import('../../src/renderer/print/early-data');
}

describe('print page: early briefing.open', () => {
  afterEach(() => {
    delete g.document;
    delete g.window;
    open.mockClear();
  });

  it('is sent on evaluation, for the report the address names, on the print page only', async () => {
    await loadOn('print', '?layout=brief&report=cq-2015');
    expect(open.mock.calls).toEqual([[{ reportKey: 'cq-2015' }]]);
    open.mockClear();
    await loadOn('app', '?layout=brief&report=7');
    expect(open).not.toHaveBeenCalled();
  });

  it('every layout of the page takes that one answer', async () => {
    const m = await loadOn('print', '?layout=slides&report=7');
    const first = m.openForPrint({ reportId: 7 });
    expect(m.openForPrint({ reportId: 7 })).toBe(first);
    expect(open).toHaveBeenCalledTimes(1);
    await expect(first).resolves.toEqual({ tag: 'early' });
    m.openForPrint({ reportKey: '7' }); // another report: its own request
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('a failed answer is asked for again by the next layout', async () => {
    const m = await loadOn('none');
    const failing = vi.fn<Open>(() => Promise.reject(new Error('桥断了')));
    await expect(m.openForPrint({}, failing)).rejects.toThrow('桥断了');
    await expect(m.openForPrint({}, failing)).rejects.toThrow('桥断了');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('reads the report from the address exactly as parsePrintQuery does', async () => {
    const m = await loadOn('none');
    for (const report of ['', '7', ' 12 ', '0', 'cq-2015', '12a', '  ', '%20cq%20', '1.5', '-3'])
      for (const search of [`?layout=slides&report=${report}`, `?report=${report}&layout=brief`])
        expect(m.namedInQuery(search)).toEqual(
          (({ reportId, reportKey }) => ({
            ...(reportId === undefined ? {} : { reportId }),
            ...(reportKey === undefined ? {} : { reportKey }),
          }))(parsePrintQuery(search)),
        );
  });
});
