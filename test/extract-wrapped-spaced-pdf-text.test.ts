/**
 * A PDF's text may be both hard-wrapped (a break at each line's end) and spaced inside its words (a space between two
 * Chinese characters where a line ended in the PDF): both kinds of break are read past, in the order they stand in the
 * text (text-forms.ts, withWordSpaces: the two lists merged by offset). Written from extract-index's survivors
 * (session 27): with the merged list unsorted, the text read past the wrong characters and the numbers came out torn.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 沂源 2013 政府工作报告, a document site's PDF text (https://www.jinchutou.com/shtml/64601889e4c2d4e3272a21082b3ecafd.html;
// test/extract-spaced-years.test.ts reads it on one line), here in lines of 30 characters as a PDF's lines give it.
const YIYUAN_ONE_LINE =
  '政府工作报告(摘要)—— 2013 年 1 月 16 日在沂源县第十七届人民代表大会第二次会议上 县长 谭秀中 一、2012 年工作回顾 全社会固定资产投资 117.2 亿元,增长 23.2%;境内财政总收入 22.3 亿元,增长 10.5 %;地方财政收入 14.1 亿元, 增长 16.6%;进出口总额同比增长 12.6 %;金融机构各项存 贷款余额分别达到 134 亿元和 96.6 亿元。';
const YIYUAN = (YIYUAN_ONE_LINE.match(/[^]{1,30}/gu) ?? []).join('\n');

describe('a hard-wrapped PDF text with spaces inside its words', () => {
  it('reads every number whole, where the report writes it', () => {
    const figures = extractFigures(YIYUAN);
    expect(figures.map((f) => f.value + f.unit)).toEqual([
      '117.2亿元',
      '23.2%',
      '22.3亿元',
      '10.5%',
      '14.1亿元',
      '16.6%',
      '12.6%',
      '134亿元',
      '96.6亿元',
    ]);
    for (const f of figures) expect(YIYUAN.slice(f.valueStart, f.valueEnd)).toBe(f.value);
  });

  it('reads the word split by a space as one: deposits and loans, each its own', () => {
    expect(the(YIYUAN, '134')).toMatchObject({ unit: '亿元', kind: 'level', label: '金融机构各项存款余额' });
    expect(the(YIYUAN, '96.6')).toMatchObject({ unit: '亿元', kind: 'level', label: '金融机构各项贷款余额' });
  });
});
