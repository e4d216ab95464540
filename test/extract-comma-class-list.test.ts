/**
 * Names set apart by commas (each may hold 、), then the measure written once after the last one, 分别: each name
 * takes the measure, when the measure holds a word no name ends with (商品銷售額), and when the commas are Latin.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('X類,Y類,Z類商品銷售額分別增長…', () => {
  it('gives each class its own label', () => {
    // A district's 1-2月 release (http://shareonl.com/tzcy/tjfx/content/post_9650429.html).
    const text = '其中,五金、電料類,通訊器材類,機電產品及設備類,化工材料及制品類商品銷售額分別增長51.9%、32.3%、9.6%、9.3%。';
    expect(labels(text, ['51.9', '32.3', '9.6', '9.3'])).toEqual([
      '五金、電料類商品銷售額增速',
      '通訊器材類商品銷售額增速',
      '機電產品及設備類商品銷售額增速',
      '化工材料及制品類商品銷售額增速',
    ]);
  });
  it('leaves a list joined by 、 as it was', () => {
    // 1-4月 (http://zonecy.com/szb/wbpc/col/202406/03/content_242948.html).
    // (In simplified characters: the one sentence alone holds too few characters written only in traditional ones for
    // the extractor to read it as traditional.)
    const text = '其中,限额以上单位粮油食品类、饮料类、烟酒类、服装鞋帽针织品类零售额分别增长16.1%、35.6%、53.7%、28.3%。';
    expect(labels(text, ['16.1', '28.3'])).toEqual(['限额以上单位粮油食品类零售额增速', '服装鞋帽针织品类零售额增速']);
  });
});
