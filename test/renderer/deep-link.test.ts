import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slideAddress, slideFromHash, slideHash, slideLink } from '../../src/renderer/state/deep-link';

describe('deep links', () => {
  it('a slide hash round-trips for every slide index', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_998 }), (i) => slideFromHash(slideHash(i)) === i));
  });

  it('names no slide for other hashes', () => {
    for (const h of ['', '#', '#presenter', '#/slide/', '#/slide/0', '#/slide/-1', '#/slide/1.5', '#/slide/abc', '#/slides/3']) {
      expect(slideFromHash(h)).toBeNull();
    }
    expect(slideFromHash('#/slide/12/')).toBe(11);
  });

  it('the link drops the token and the presenter path, keeps the rest of the address, and names the slide in the query too', () => {
    expect(slideLink('http://127.0.0.1:5173/presenter?token=abc&lang=en#/slide/3', 11)).toBe(
      'http://127.0.0.1:5173/?lang=en&slide=12#/slide/12',
    );
    expect(slideLink('http://127.0.0.1:5173/?token=abc', 0)).toBe('http://127.0.0.1:5173/?slide=1#/slide/1');
    expect(slideLink('http://127.0.0.1:5173/?slide=3#/slide/3', 6)).toBe('http://127.0.0.1:5173/?slide=7#/slide/7');
    expect(slideLink('app://briefing/index.html?view=presenter#presenter', 4)).toBe('app://briefing/index.html?slide=5#/slide/5');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(500), (token, i) => {
        const link = slideLink(`http://127.0.0.1:9/?token=${encodeURIComponent(token)}`, i);
        return !link.includes('token=') && link.endsWith(`?slide=${i + 1}#/slide/${i + 1}`);
      }),
    );
  });

  it('the address a window shows names its slide in the query too (main sees it on a reload), the rest kept', () => {
    expect(slideAddress('http://127.0.0.1:9/?token=abc', 2)).toBe('http://127.0.0.1:9/?token=abc&slide=3#/slide/3');
    expect(slideAddress('http://127.0.0.1:9/?slide=3#/slide/3', 3)).toBe('http://127.0.0.1:9/?slide=4#/slide/4');
    expect(slideAddress('app://briefing/index.html#/slide/9', 0)).toBe('app://briefing/index.html?slide=1#/slide/1');
  });
});
