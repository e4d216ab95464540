/** A footnote's mark after a name ("地區生產總值(GDP)[2]") is no part of the label, and no figure. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('地區生產總值(GDP)[2]', () => {
  it('is labelled without its mark', () => {
    // 长顺县 2016 统计公报 (http://www.ilynn.cn/document_detail/11374.html).
    const text = '2016年國民經濟和社會發展統計公報[1]\n一、綜合\n根據州統計局反饋,全年地區生產總值(GDP)[2]完成529757萬元,比上年增長13.1%。';
    expect(the(text, '529757').label).toBe('地區生產總值');
    expect(the(text, '13.1').label).toBe('地區生產總值增速');
    expect(extractFigures(text).map((f) => f.value)).toEqual(['529757', '13.1']);
  });
});
