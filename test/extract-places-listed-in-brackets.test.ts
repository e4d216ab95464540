/**
 * Places listed in brackets after a rate, with commas or 、 ("1-9月,全市规上工业增加值增长7.5%(全国为6.3%,全省为8.1%)", the
 * form seen on an imported deck, session 33): each is its place's value of the measure before the bracket, as the first
 * is ("同比增长16.5%(全国增长4.4%)", 海南 2023, held-out set 18), not the report's own.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('places listed in brackets after a rate', () => {
  it('each with its verb, after commas', () => {
    expect(labels('1-9月,全市规上工业增加值增长7.5%(全国为6.3%,全省为8.1%)。', ['7.5', '6.3', '8.1'])).toEqual([
      '规上工业增加值增速',
      '全国规上工业增加值增速',
      '全省规上工业增加值增速',
    ]);
  });
  it('each bare, after 、', () => {
    expect(labels('全市规上工业增加值增长7.5%(全国6.3%、全省8.1%)。', ['6.3', '8.1'])).toEqual([
      '全国规上工业增加值增速',
      '全省规上工业增加值增速',
    ]);
  });
  it('not a place after the bracket closed', () => {
    expect(labels('全市规上工业增加值增长7.5%(全国为6.3%),全省为8.1%。', ['8.1'])[0]).not.toMatch(/^全国/u);
  });
});
