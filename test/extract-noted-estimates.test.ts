/**
 * "我市生产总值(预计,下同)…" (泉州 2011): 预计 in brackets after a noun marks that noun's figures as estimates, and
 * only figures not otherwise marked: a target the same sentence sets for a later year stays a target.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a noun noted as estimated', () => {
  it('makes its figures estimates, not its targets', () => {
    const text = '我市生产总值(预计,下同)达到4270亿元,2025年力争达到4600亿元。';
    expect(the(text, '4270').status).toBe('estimate');
    expect(the(text, '4600').status).toBe('target');
  });
});
