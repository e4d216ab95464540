/**
 * Classes of industry counted with 大类 right before 中 are what is counted, as "41个大类行业中" counts its noun; the words
 * before them only pick them out: "在重点检测的41大类中,有21类行业实现正增长" (辽宁 2020 4月, held-out set 54): 41大类 was
 * labelled 在重点检测.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('classes counted with 大类 before 中', () => {
  it('are labelled 大类, whatever picks them out before', () => {
    const read = () => labels('在重点检测的41大类中,有21类行业实现正增长。', ['41']);
    expect(read()).toEqual(['大类']);
    const monitored = () => labels('全省重点监测的41大类中,有21类行业实现正增长。', ['41']);
    expect(monitored()).toEqual(['大类']);
  });

  it('a noun counted after 个 stays the label; 大类 not before 中 is as before', () => {
    expect(labels('在重点监测的41个大类行业中,有21个行业实现正增长。', ['41'])).toEqual(['大类行业']);
    expect(labels('在遼寧省40個工業大類中,17大類1月至10月規上工業增加值保持同比增長。', ['17'])).toEqual(['工業大類']);
  });
});
