/**
 * A list of places after one verb, each written after what it ranks and joined by 、, 第N without 位 (长沙县's 2023
 * 政府工作报告, review of 2022, held-out set 48, https://nextlevelartsconsulting.com/bhuazhong/5439.html): every item is a
 * place, of its own measure. Only the first was read (after 位居), labelled with the section heading; the others were
 * no figures. A second place named by its scope only ("居全国第10位、东部地区第6位") stays the first one's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels } from './extract-helpers';

const CHANGSHA =
  '荣登全国发展潜力百强县榜首,位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、绿色发展第5、科技创新第6、工业百强第7,跻身服务业全国10强。';

describe('位居…第3、…第4、…: places each after its own measure', () => {
  const ranks = () => extractFigures(CHANGSHA, { asOf: '2022年' }).filter((f) => f.kind === 'rank');

  it('reads every item as a place', () => {
    const found = ranks();
    expect(found.map((f) => f.number)).toEqual([3, 4, 5, 5, 6, 7]);
    expect(found.every((f) => f.unit === '位')).toBe(true);
  });

  it('labels each with what it ranks', () => {
    expect(ranks().map((f) => f.label)).toEqual([
      '百强县投资潜力位次',
      '新型城镇化质量位次',
      '县域经济基本竞争力位次',
      '绿色发展位次',
      '科技创新位次',
      '工业百强位次',
    ]);
  });
});

describe('a second place named by its scope only', () => {
  it('is the first place’s measure’s, as before', () => {
    expect(labels('增速居全国第10位、东部地区第6位。', ['10', '6'])).toEqual(['增速位次', '增速位次']);
  });

  it('each name of a list keeps its own place, as before', () => {
    expect(labels('主营业务收入和利润总额分居全省第3位、第2位。', ['3', '2'])).toEqual(['主营业务收入位次', '利润总额位次']);
  });
});
