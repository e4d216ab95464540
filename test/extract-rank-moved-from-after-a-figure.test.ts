/**
 * A place moved from, opened by 由 or 从 right after a figure's clause ("…1200亿元,由全省第7进到第6位", the form of
 * "市本级地方级财政收入完成17.5亿元,…,其总量由全省第八位跃升到第四位", 四平 2011, held-out set 24): 由 or 从 alone is no
 * subject; both places are of the measure before. Written from the survivors of extract-subject's mutation run (session
 * 32: figure-subject.ts, `t.form === 'ordinal' && /[由从]$/u.test(entity)`).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a place moved from, after a figure', () => {
  it('opened by 从 is the measure before’s place, as after 由', () => {
    expect(labels('全市财政收入1200亿元,从全省第7进到第6位。', ['7', '6'])).toEqual(['财政收入位次', '财政收入位次']);
    expect(labels('全市财政收入1200亿元,由全省第7进到第6位。', ['7', '6'])).toEqual(['财政收入位次', '财政收入位次']);
  });
});
