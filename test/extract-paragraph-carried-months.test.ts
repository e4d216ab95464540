/**
 * The months to date a paragraph opens on ("前三季度,") go on in the next paragraphs that name no time of their own, in a
 * report read as on a whole year (its first line naming the year only): 新疆 2014 前三季度, a 繁體 repost that opens on
 * the year's projects (http://fyryqoi.cn/news/show.php?itemid=15980, held-out set 45). Not months named after a
 * paragraph's opening, among the year's results: 北京 2024's work summary (《中国电子报》).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const XINJIANG =
  '隨著新疆維吾爾自治區喀什市城市安全飲水工程等8個自治區新開工重點項目的全面實施,2014年新疆重點新開工項目達到51項,提前3個月完成全年目標任務;完成投資2282.77億元,是全年目標任務的六成多。\n' +
  '前三季度,新疆工業生產保持平穩,產品銷售率進一步回升。規模以上工業企業增加值同比增長10%,增速達到2位數,其中重工業實現增加值2026.38億元,增速提高實現10.2%。\n' +
  '在40個工業行業大類中,有26個行業增加值實現增長,占65%。十大重點監測產業中“九升一降”,其中汽車、電力、有色工業分別增長93.9%、37.4%、30%等。在統計的工業非能源產品中,六成以上工業產品實現增長,增長較快工業產品中汽車增長1.5倍,多晶硅增長1.5倍,電解鋁增長79.9%等。\n';

/**
 * The page's first line speaks of the year's targets (全年目标任务), which no longer make the report one on the whole year:
 * it is read as on 前三季度 (extract-year-targets-and-cause-clause.test.ts). The same line with a whole year's word
 * (全年的六成多) is read as on 2014年, and shows the months carried.
 */
const XINJIANG_ON_YEAR = XINJIANG.replace('是全年目標任務的六成多', '是全年的六成多');

const BEIJING =
  '2024年是新中国成立75周年,也是实现“十四五”规划目标的关键一年。\n' +
  '(一)实体经济企稳向好增添新动能。全力应对需求不足、预期不稳等下行压力,围绕产业痛点、企业难点,出台商业航天、医疗器械等领域40项产业政策。2024年1—11月全市规模以上工业增加值增长7%,超过全国增速。高端产业引领增长,1—11月,规模以上高技术制造业和战略性新兴产业增加值分别增长9.8%和14.5%。\n' +
  '(二)产业技术创新取得新突破。率先建立重点产业链攻关组织体系,组织攻关项目400余项,50多项成果落地。强化企业在技术创新中的主体地位,创建123家市级企业技术中心。\n';

describe('months to date a paragraph opens on', () => {
  it('are the time of the next paragraph naming none, without the as-of', () => {
    for (const text of [XINJIANG, XINJIANG_ON_YEAR])
      for (const v of ['40', '26', '65', '93.9', '37.4', '30', '79.9']) expect(the(text, v).period, v).toMatch(/前三季度$/u);
    // (The first line's figures stay of the year it names.)
    expect(the(XINJIANG, '51').period).toBe('2014年');
    expect(the(XINJIANG_ON_YEAR, '51').period).toBe('2014年');
  });

  it('go on only while the paragraphs name no time of their own', () => {
    const text = XINJIANG_ON_YEAR.replace('在40個', '全年,在40個');
    expect(the(text, '40').period).not.toMatch(/季度/u);
  });

  it('are not carried into a numbered section', () => {
    const text = XINJIANG_ON_YEAR.replace('在40個', '二、在40個');
    expect(the(text, '40').period).toBe('2014年');
  });

  it('are not carried from months a paragraph names after it opens', () => {
    for (const v of ['400', '50', '123']) expect(the(BEIJING, v).period, v).toBe('2024年');
  });

  it('are the as-of’s months when the as-of is given', () => {
    const figures = extractFigures(XINJIANG, { asOf: '2014年前三季度' });
    for (const v of ['40', '26', '65', '79.9']) expect(figures.find((f) => f.value === v)?.period, v).toBe('2014年前三季度');
  });
});
