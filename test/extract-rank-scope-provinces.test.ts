/**
 * The provinces and regions a place is held among (省区) are its scope, no part of what holds it: "人均GDP列省区第二,
 * 达到上中等收入国家和地区水平。2016年,人均GDP为83538元,…,是全国(53980元)的1.5倍,列天津、北京、上海、江苏之后,居全国
 * 第5位、省区第2位" (浙江's 2016 review of five years, test/corpus/zhejiang-2016-achievements): the heading's place was
 * 人均GDP列省区位次. The nation's value in brackets stays the nation's, the multiple the province's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const TEXT =
  '人均GDP列省区第二,达到上中等收入国家和地区水平。 2016年,人均GDP为83538元,按可比价计算,比2011年增长43.1%,年均增长7.4%,是全国(53980元)的1.5倍,列天津、北京、上海、江苏之后,居全国第5位、省区第2位。';

describe('省区 as the scope of a place', () => {
  it('is cut from what holds it (浙江 2016)', () => {
    const got = extractFigures(TEXT, { asOf: '2016年' }).map((f) => [f.value, f.label]);
    expect(got).toEqual([
      ['二', '人均GDP位次'],
      ['83538', '人均GDP'],
      ['43.1', '人均GDP增速'],
      ['7.4', '人均GDP年均增速'],
      ['53980', '全国人均GDP'],
      ['1.5', '人均GDP倍数'],
      ['5', '人均GDP位次'],
      ['2', '人均GDP位次'],
    ]);
  });
});
