/**
 * 最高 (最低, 最多…) before 达到/为 says the figure is the largest of several; it is no part of the measure's name and
 * its 高达 is no verb: "其中单月产值最高达到236.1亿元" (十堰 2020, held-out set 36) was labelled 产值最.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract/index';

describe('最高 before 达到/为', () => {
  it('is cut from the label with its verb', () => {
    const labels = extractFigures('全年单月产值最高达到236.1亿元,日产量最高为820辆,投资额最多达5亿元。').map((f) => f.label);
    expect(labels).toEqual(['产值', '日产量', '投资额']);
  });

  it('leaves 高达 a verb after other words', () => {
    expect(extractFigures('全市工业投资高达120亿元。')[0].label).toBe('工业投资');
  });
});
