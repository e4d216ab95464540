import { describe, expect, it } from 'vitest';
import { formatElapsed, pace } from '../../src/renderer/lib/pace';

const min = 60_000;

describe('pace', () => {
  it('shows nothing without a planned length', () => {
    expect(pace({ elapsedMs: 5 * min, plannedMinutes: 0, index: 3, total: 28 })).toEqual({ state: 'none', minutes: 0 });
  });

  it('is on pace when slides done match the time used', () => {
    // 14 of 28 slides done after 10 of 20 minutes.
    expect(pace({ elapsedMs: 10 * min, plannedMinutes: 20, index: 14, total: 28 }).state).toBe('on-pace');
    expect(pace({ elapsedMs: 0, plannedMinutes: 20, index: 0, total: 28 }).state).toBe('on-pace');
  });

  it('is ahead when more slides are done than the time used, behind when fewer', () => {
    expect(pace({ elapsedMs: 5 * min, plannedMinutes: 20, index: 14, total: 28 })).toEqual({ state: 'ahead', minutes: 5 });
    expect(pace({ elapsedMs: 15 * min, plannedMinutes: 20, index: 7, total: 28 })).toEqual({ state: 'behind', minutes: -10 });
  });

  it('says when the planned time is used up', () => {
    expect(pace({ elapsedMs: 23 * min, plannedMinutes: 20, index: 27, total: 28 })).toEqual({ state: 'over', minutes: -3 });
  });
});

describe('formatElapsed', () => {
  it('shows minutes and seconds, and hours when there are any', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(307_400)).toBe('05:07');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});
