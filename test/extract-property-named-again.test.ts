/**
 * A property named alone (比重) after the same property of a subject ("高技术产业增加值占规上工业的比重为24.5%。比重同比
 * 提高1.2个百分点", "…比重稳步提升,比重达到24.5%") is that subject's property again, not the property twice.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('比重 alone after a share named in full', () => {
  it('in the next sentence, is that share again', () => {
    const text = '高技术产业增加值占规上工业的比重为24.5%。比重同比提高1.2个百分点。';
    expect(the(text, '1.2').label).toBe('高技术产业增加值占规上工业的比重变化');
  });
  it('after a clause naming it, is that share', () => {
    expect(the('高技术产业增加值占规上工业比重稳步提升,比重达到24.5%。', '24.5').label).toBe('高技术产业增加值占规上工业比重');
  });
});
