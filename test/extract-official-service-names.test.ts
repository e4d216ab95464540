/**
 * The services of the national classification (GB/T 4754) have official names holding 和 and 、 of their own
 * (卫生和社会工作, 交通运输、仓储和邮政业): those are not between a list's items, and such a name written right after
 * another name, with no mark between, is an item of its own. 拉萨's 2021 economy (held-out set 47,
 * test/corpus/lhasa-2021-economy.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const LHASA = '在第三产业中,2021年教育卫生和社会工作分别增长16.2%和16.7%,较上年同期分别提升17.5个百分点和23.1个百分点。';

const labels = (text: string) => extractFigures(text, { asOf: '2021年' }).map((f) => [f.value, f.label]);

describe('official names of services in a list', () => {
  it('"教育卫生和社会工作": 教育 and 卫生和社会工作, not 教育卫生 and 社会工作 (拉萨 2021)', () => {
    expect(labels(LHASA)).toEqual([
      ['16.2', '教育增速'],
      ['16.7', '卫生和社会工作增速'],
      ['17.5', '教育变化'],
      ['23.1', '卫生和社会工作变化'],
    ]);
  });

  it('a list of section names parted by 、 keeps each name whole (the names as the classification writes them)', () => {
    expect(labels('交通运输、仓储和邮政业、批发和零售业、金融业分别增长5.1%、3.2%和4.4%。').map(([, l]) => l)).toEqual([
      '交通运输、仓储和邮政业增速',
      '批发和零售业增速',
      '金融业增速',
    ]);
  });
});
