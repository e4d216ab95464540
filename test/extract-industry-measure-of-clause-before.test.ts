/**
 * A measure of industry written without its owner (总产值, 工业产值) is of the industry the clause before names: its
 * words are kept whole after the industry's name, only a 工业 written twice is dropped.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry measure after the clause naming the industry', () => {
  it('keeps the measure whole (总产值, after 萧县 2011)', () => {
    const f = the('大力发展农副产品加工业,2011年可实现总产值138.3亿元。', '138.3');
    expect(f.label).toBe('农副产品加工业总产值');
  });
});
