/**
 * The last year of a span being summed, named inside its sentence, holds to the end of its part (；); a part that sums
 * again (累计) is the span's: "五年来,全省规模以上工业累计完成技术改造投资6.1万亿元,…,2016年投资额达到1.52万亿元,是2011年的
 * 1.9倍;累计实施重点工业技改项目7.2万项,更新改造设备100余万台(套),建设先进生产线2万多条" (山东 2016, 鲁网 on the 省政府
 * 新闻办 release, held-out set 36).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHANDONG =
  '传统产业转型升级步伐加快。五年来,全省规模以上工业累计完成技术改造投资6.1万亿元,年均增长13.5%,2016年投资额达到1.52万亿元,是2011年的1.9倍;累计实施重点工业技改项目7.2万项,更新改造设备100余万台(套),建设先进生产线2万多条。';

describe('a part that sums again after the span’s last year', () => {
  it('is of the span; the year’s own part stays the year’s', () => {
    for (const asOf of ['2016年', undefined]) {
      const opts = asOf ? { asOf } : {};
      for (const v of ['7.2', '100', '2']) expect(the(SHANDONG, v, opts).period).toBe('2012-2016年');
      expect(the(SHANDONG, '1.52', opts).period).toBe('2016年');
      expect(the(SHANDONG, '6.1', opts).period).toBe('2012-2016年');
    }
  });

  it('leaves a part without 累计 to the year', () => {
    const text = '五年来,全省规模以上工业累计完成技术改造投资6.1万亿元,2016年投资额达到1.52万亿元;新开工项目1200个。';
    expect(the(text, '1200', { asOf: '2016年' }).period).toBe('2016年');
  });
});
