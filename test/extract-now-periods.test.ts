/**
 * A sentence opened by 当前 or 目前 tells how things stand as the report is written (浙江 2013, held-out set 23):
 * "…1到11月…。当前,全省重点企业装备数控化率达到35.7%" gave 35.7% the months the paragraph named before (1-11月); it is
 * of the report's own period. A sentence naming its own time keeps it, and 目前 inside a sentence changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf?: string) => extractFigures(text, { asOf }).map((f) => `${f.value}${f.unit} ${f.period}`);

describe('a sentence opened by 当前 or 目前', () => {
  it('is of the report’s period, not the months named before (浙江 2013)', () => {
    const text = '1到11月,全省工业技改投资4245亿元,增长11.2%。当前,全省重点企业装备数控化率达到35.7%,机器设备联网率达到28.3%。';
    expect(periods(text, '2013年')).toEqual(['4245亿元 1-11月', '11.2% 1-11月', '35.7% 2013年', '28.3% 2013年']);
  });

  it('keeps a time it names itself, and a 目前 inside the sentence changes nothing', () => {
    expect(periods('1-5月,工业投资增长8%。目前,1-5月新开工项目120个。', '2023年')).toEqual(['8% 1-5月', '120个 1-5月']);
    expect(periods('1-5月,工业投资增长8%。全市目前在建项目120个。', '2023年')).toEqual(['8% 1-5月', '120个 1-5月']);
  });
});
