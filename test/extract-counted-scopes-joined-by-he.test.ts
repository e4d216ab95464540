/**
 * The next counted scope of a list of places held, joined by 和 or 及 as by 、: "在全国27个省会城市中排名第3位、35个大中城市中
 * 排名第4位" (郑州 2015, held-out set 36) places the same measure twice, and so does "…排名第3位和35个大中城市中排名第4位";
 * the second place is not the cities' own (大中城市位次). Found from the survivors of extract-subject's mutation run
 * (session 32: figure-subject.ts, `sentence.charCodeAt(prevInClause.t.outerStart - 1) === 0x3001`, which read 、 only).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const GROWTH = '全市规模以上工业增加值同比增长10.2%,';

describe('the next counted scope of places held, after 和 or 及', () => {
  it.each([['、'], ['和'], ['及']])('after %s is the same measure’s place', (joint) => {
    const text = `${GROWTH}在全国27个省会城市中排名第3位${joint}35个大中城市中排名第4位。`;
    expect(labels(text, ['3', '4'])).toEqual(['规模以上工业增加值位次', '规模以上工业增加值位次']);
  });
});
