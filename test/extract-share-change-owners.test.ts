/**
 * "采矿业增加值占比达96.05%，同比下降15.6%" (柳林县, held-out set 11): a share named by its owner and 占比 is of that owner,
 * and so is the share's change: the property said after it (贡献率, 比重) is the owner's, not the share's
 * ("采矿业增加值占比贡献率" was read until session 23).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a property after a share’s change', () => {
  it('is of the share’s owner', () => {
    expect(labels('采矿业增加值占比提高1.5个百分点，贡献率为30%。', ['1.5', '30'])).toEqual(['采矿业增加值占比变化', '采矿业增加值贡献率']);
    expect(labels('采矿业增加值占比同比提高1.5个百分点，比重达96.05%。', ['96.05'])).toEqual(['采矿业增加值比重']);
  });

  it('after the share itself, as before', () => {
    expect(labels('采矿业增加值占比达96.05%，同比下降15.6%。', ['96.05', '15.6'])).toEqual(['采矿业增加值占比', '采矿业增加值增速']);
  });
});
