/**
 * The number right after 预期 (what was expected) is a target, in a review that measures results against it:
 * "城鎮登記失業率3.52%,控制在預期4.2%以內;居民消費價格漲幅 1.1%,控制在預期3%以內" (山西's 2016 政府工作报告 as 澎湃
 * told it, a 繁體 copy, http://m.ettaleb.com/news/guonei/2017/0114/185778.html, held-out set 38) read both as results.
 * A gap to what was expected stays a result: "低于预期11個百分點", "超年度预期目标0.5个百分点" (四川 2017), "高于全年
 * 预期目标(8.5%)7.5个百分点" (银川 2023 1-2月). A number named as what was expected, before 的预期 or
 * a clause's last 的目标, is a target too: "好于下降7%的預期", "增長8%左右的目標" (工信部 on 2015).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const SHANXI =
  '樓陽生表示,2016年,山西全社會固定資產投資增長1%左右,低于預期11個百分點;社會消費品零售總額增長7%左右,高于預期1.5個百分點;一般公共預算收入下降5.2%,好于下降7%的預期;城鄉居民人均可支配收入分別增長6%左右、6%以上,實現預期目標。城鎮新增就業46.46萬人,城鎮登記失業率3.52%,控制在預期4.2%以內;居民消費價格漲幅 1.1%,控制在預期3%以內。';

const statuses = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value, f.status]);

describe('the value after 预期', () => {
  it('is the target; the results and the gaps to it stay results', () => {
    const got = statuses(SHANXI, '2016年');
    expect(got.filter(([, s]) => s === 'target').map(([v]) => v)).toEqual(['7', '4.2', '3']);
    for (const v of ['11', '1.5', '5.2', '3.52', '1.1']) expect(got.find(([x]) => x === v)?.[1], v).toBe('actual');
  });

  it('not a gap after 超, 高于, 低于 or 比 before 预期', () => {
    // 四川 2017 (sichuan-2017-industry), 银川 2023 1-2月 (yinchuan-2023-02-industry, held-out set 28), as the corpus has them.
    const sichuan =
      '四川新闻网记者从会上获悉,2017年,全省规模以上工业增加值同比增长8.5%,超年度预期目标0.5个百分点,比全国平均水平(6.6%)高1.9个百分点,增速在全国十大经济省列第1位。';
    expect(statuses(sichuan, '2017年').find(([v]) => v === '0.5')?.[1]).toBe('actual');
    const yinchuan =
      '1-2月,全市规上工业增加值同比增长16%,高于全国(2.4%)13.6个百分点,高于全区(10.4%)5.6个百分点,高于全年预期目标(8.5%)7.5个百分点,位居全区五地市第1位,其中市级(不含宁东)增长19.4%,宁东增长13.8%。';
    const got = statuses(yinchuan, '2023年1-2月');
    expect(got.find(([v]) => v === '8.5')?.[1]).toBe('target');
    for (const v of ['7.5', '1']) expect(got.find(([x]) => x === v)?.[1], v).toBe('actual');
  });
});

describe('a value named as what was expected after it', () => {
  it('is the target: 的预期, 的目标 ending the clause', () => {
    // 山西 2016: the result before it stays one.
    const got = statuses(SHANXI, '2016年');
    expect(got.filter(([v]) => v === '7').map(([, s]) => s)).toEqual(['actual', 'target']);
    expect(got.find(([v]) => v === '5.2')?.[1]).toBe('actual');
    // 工信部 on 2015's target (中国网财经, a 繁體 copy, http://big5.china.com.cn/gate/big5/finance.china.com.cn//news/20150127/2930055.shtml).
    const miit =
      '“我們提出了2015年規模以上工業增加值增長8%左右的目標。”黃利斌稱,儘管這個目標比2014年的實際情況要低一些,但我們認為這仍是一個不低的目標。';
    expect(statuses(miit, '2014年')).toEqual([['8', 'target']]);
  });
});

describe('an amount written right before 目标 or 目标任务', () => {
  it('is the target, met or not (国新办 on the 十三五 years, held-out set 39; 人民日报 2017)', () => {
    const review = '一是传统产业转型升级加速,我国提前两年完成“十三五”钢铁行业去产能1.5亿吨目标,累计退出“僵尸企业”的粗钢产能6474万吨。';
    expect(statuses(review, '2020年')).toEqual([
      ['1.5', 'target'],
      ['6474', 'actual'],
    ]);
    // http://shicaozhen.com/toutiao/19918.html
    const steel =
      '目前钢铁去产能、取缔“地条钢”进展顺利,2017年再压减钢铁产能5000万吨的目标任务,截至5月底,广东、四川、云南完成了全年目标任务。';
    expect(statuses(steel, '2017年').find(([v]) => v === '5000')?.[1]).toBe('target');
  });

  it('is the target before 年度目标任务 or 全年目标 too (西藏 2022, held-out set 44); the result before it stays one', () => {
    // 中国西藏新闻网 2023-04-08, http://www.muslem.net.cn/hongguan/2023/04/08/107574.html
    const xizang = '全区绿色工业固定资产投资完成109.17亿元,完成100亿元年度目标任务,数字经济增加值实现204.79亿元,超额完成年度目标任务。';
    expect(statuses(xizang, '2022年')).toEqual([
      ['109.17', 'actual'],
      ['100', 'target'],
      ['204.79', 'actual'],
    ]);
    expect(statuses('全年完成工业投资520亿元,全年目标为500亿元。', '2022年').find(([v]) => v === '520')?.[1]).toBe('actual');
  });
});
