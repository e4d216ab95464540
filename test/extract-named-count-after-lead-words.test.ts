/**
 * A count in Chinese numerals right after the names it counts is read when the first name follows the clause's own words
 * ("同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台", 金坛经济开发区 2018, held-out set 55); the names must
 * still be as many as the count, and a numeral without its names (a slogan, "以两个加快为主抓手") stays none.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => `${f.value}${f.unit} ${f.kind} ${f.label}`);

describe('a count in words after names, the first after lead words', () => {
  it('counts the names', () => {
    expect(read('同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台。')).toEqual(['两个 count 高质量项目平台']);
  });
  it('not when the names are fewer or more than the count, nor a slogan', () => {
    expect(read('同时规划建设中德(金坛)创新产业区和智谷科技园三个高质量项目平台。')).toEqual([]);
    expect(read('近年来以两个加快为主抓手,始终坚持产业链招商。')).toEqual([]);
  });
});
