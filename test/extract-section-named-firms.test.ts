/**
 * In a section opened by a group of firms ("——机械制造企业增速呈下降态势。", 天水 工信局 2014, held-out set 14), a sentence
 * that names firms of its own first (农机企业) gives its later bare measures (实现税金…) to them, not to the section's group.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('bare measures after firms named in a section', () => {
  it('are the named firms’, not the section group’s', () => {
    const text = ['——机械制造企业增速呈下降态势。', '其中农机企业实现工业增加值1.2亿元,同比下降3%;实现税金500万元,同比下降9.9%。'].join('');
    const tax = the(text, '500');
    expect(tax.label).toMatch(/^农机企业/u);
    expect(tax.label).toContain('税金');
    expect(the(text, '9.9').label).toMatch(/^农机企业/u);
  });
});
