/**
 * A ratio a move leads to ("由19.8:41:39.2调整为17.9:43:39.1") is of the items the ratio it moves from names, each part
 * its own item's, the later parts too.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a ratio moved to, after one of named items', () => {
  it('gives each part the item in its place', () => {
    const text = '农业、工业、服务业比例由19.8:41:39.2调整为17.9:43:39.1。';
    expect(labels(text, ['17.9', '43', '39.1'])).toEqual(['农业比例', '工业比例', '服务业比例']);
    expect(labels(text, ['19.8', '41', '39.2'])).toEqual(['农业比例', '工业比例', '服务业比例']);
  });
});
