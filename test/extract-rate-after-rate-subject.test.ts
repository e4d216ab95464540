/**
 * A rate word alone (增速, 增幅: "累计增速居全国第12位") whose subject is inherited from one that is a rate itself
 * (工业增加值增幅, …降幅) is that subject's measure's rate, its rate word once: 工业增加值增速, not 工业增加值增幅增速.
 * Found from the survivors of extract-subject's mutation run (session 31: figure-subject.ts, the rate word taken off a
 * subject inherited from the sentence before, `… && inherited === r.paragraphEntity && RATE_WORD_END.test(inherited)`):
 * a mutant that took it off there for every figure read these ranks right.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate word alone after a subject that is a rate', () => {
  // 湖北 2018 1-10月 (test/corpus/hubei-2018-10-industry.txt).
  const HUBEI =
    '1-10月,全省工业增加值累计增速为7.4%,快于全国1个百分点,但增幅同比、环比分别下滑0.3、0.4个百分点。' +
    '从位次看,累计增速居全国第12位,环比持平;在中部排第3位,低于安徽(9.2%)、江西(9%),快于湖南(7.1%)、河南(6.9%)、山西(3.9%)。';

  it('"从位次看,累计增速居全国第12位" after "但增幅…下滑" is 工业增加值’s rate’s place', () => {
    expect(the(HUBEI, '12', { asOf: '2018年1-10月' })).toMatchObject({ label: '工业增加值增速位次', kind: 'rank' });
    expect(the(HUBEI, '3', { asOf: '2018年1-10月' })).toMatchObject({ label: '工业增加值增速位次', kind: 'rank' });
  });

  // 琼中 2024 1-7月 (县统计局, held-out set 33; test/extract-peer-places-rank.test.ts).
  it('"全省增速排名第15" after "降幅较上半年收窄" is 规模以上工业增加值’s rate’s place', () => {
    const text =
      '1-7月,全县规模以上工业增加值同比下降3.3%,降幅较上半年收窄4.5个百分点,低于全省规模以上工业增加值12.8个百分点' +
      '(全省增长9.5%),全省增速排名第15,第二平台市县增速排名第6。';
    expect(the(text, '15', { asOf: '2024年1-7月' }).label).toBe('规模以上工业增加值增速位次');
  });

  // 莆田 2013 (test/corpus/putian-2013-industry.txt).
  it('"增幅稳居全省九设区市第三位" after rates of 增加值增速 is 增加值’s 增幅, once', () => {
    const text =
      '从7月份累计开始全市规模以上工业总产值与增加值增速连续五个月分别维持在15.3%、15.2%,1-12月累计分别提高0.1个百分点,' +
      '增幅稳居全省九设区市第三位,工业生产实现完美收官。';
    expect(the(text, '三', { asOf: '2013年' }).label).not.toMatch(/增速增幅|增幅增速/u);
  });
});
