/**
 * Issue 22, item 8: well-formed text only. Lone surrogates, NUL and direction overrides are refused at the
 * API's door with a message naming the character; everything a real label or report holds passes.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { REQUESTS } from '../src/shared/api';
import { badCharacter } from '../src/shared/text';
import { openStore, type Store } from '../src/main/store';
import { contentHash, SEED, tempDir } from './helpers';

const BAD = [
  ['\uD800', 'U+D800'],
  ['\uDFFF', 'U+DFFF'],
  ['\u0000', 'U+0000'],
  ['\u202E', 'U+202E'],
  ['\u202D', 'U+202D'],
  ['\u2066', 'U+2066'],
  ['\u0007', 'U+0007'],
] as const;

const update = (label: string, reason = '核对原文') => ({ figureId: 1, expectedVersion: 1, patch: { label }, reason });

describe('badCharacter', () => {
  it('passes any well-formed text without controls or direction overrides (property)', () => {
    const refused = (c: number) =>
      (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !Array.from(s).some((ch) => refused(ch.codePointAt(0)!)));
    fc.assert(fc.property(safe, (s) => badCharacter(s) === undefined && REQUESTS['figure.update'].safeParse(update(`工业${s}`)).success));
  });

  it('refuses a bad character anywhere in a label, naming it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...BAD), fc.nat(), (s, [ch, name], at) => {
        // Inserted between whole characters (code points), never inside a pair.
        const chars = Array.from(s);
        const i = at % (chars.length + 1);
        const label = [...chars.slice(0, i), ch, ...chars.slice(i)].join('');
        const r = REQUESTS['figure.update'].safeParse(update(label));
        return !r.success && r.error.issues.some((x) => x.message.includes(name));
      }),
    );
  });

  it('keeps pairs, line breaks and tabs in long texts, but not lone surrogates or NUL', () => {
    expect(badCharacter('第一行\n第二行\t😀', true)).toBeUndefined();
    expect(badCharacter('右\u202E左', true)).toBeUndefined();
    expect(badCharacter('a\uD83D', true)).toMatch(/U\+D83D.*第 2 个字符/);
    expect(badCharacter('a\u0000', true)).toMatch(/U\+0000/);
    expect(badCharacter('换\n行')).toMatch(/U\+000A/);
  });
});

describe('at the API door', () => {
  let t: ReturnType<typeof tempDir>;
  let store: Store;
  beforeAll(() => {
    t = tempDir();
    store = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
  });
  afterAll(() => {
    store.close();
    t.cleanup();
  });

  it.each(BAD)('refuses %j in a label, a reason and an import title, storing nothing', async (ch, name) => {
    const h = createHandlers(store, 'test');
    const before = contentHash(store.db);
    for (const req of [update(`工业${ch}总产值`), update('工业总产值', `原因${ch}`)]) {
      const r = await dispatch(h, 'figure.update', req);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(name);
    }
    const imported = await dispatch(h, 'report.import', {
      meta: { title: `报告${ch}`, organisation: '某委', published: '2016-02-04', asOf: '2015年' },
      text: '全年工业总产值2.45万亿元。',
      figures: [],
    });
    expect(!imported.ok && imported.error.message).toContain(name);
    expect(contentHash(store.db)).toBe(before);
  });
});
