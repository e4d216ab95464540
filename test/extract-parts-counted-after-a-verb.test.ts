/**
 * A count of a body's parts (子公司, 分公司…) after a verb, not a name: "集团新设立3家全资子公司" counts the subsidiaries set
 * up, not "集团新设立全资子公司". Only a name right before the count owns the parts ("中资环5家子公司、国家管网科学试验基地…等
 * 项目落户", 滨海新区 2025 in the corpus: 中资环子公司). Written from the survivors of extract-subject's mutation run (session
 * 32: figure-subject.ts, `!noun && count && entity && PART_NOUN_FIRST.has(…)`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('parts counted after a verb', () => {
  it('are the parts, the verb no part of their name', () => {
    expect(the('集团新设立3家全资子公司。', '3').label).toMatch(/^(?:集团)?全资子公司$/u);
  });
});
