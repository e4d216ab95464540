/**
 * A place held in another evaluation, named after 在 ("在全市营商环境评价中排名第5位"), is that evaluation's place, not a
 * second place of the measure placed before it ("2021年度全省考核中位列第2位"): a subject is read as a bare scope only
 * when the whole of it is one, not when it merely opens as one does.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places in two evaluations', () => {
  it('labels the second place by its own evaluation', () => {
    const text = '2021年度全省考核中位列第2位,在全市营商环境评价中排名第5位。';
    expect(the(text, '5', { asOf: '2022年' }).label).toMatch(/营商环境评价/u);
    expect(the(text, '5', { asOf: '2022年' }).kind).toBe('rank');
    expect(the(text, '2', { asOf: '2022年' }).label).toMatch(/考核/u);
  });
});
