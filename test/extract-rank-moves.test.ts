/**
 * "排名上升3位", "前移6位": places gained are the change of a rank (综合实力位次变化). With no subject and no heading
 * before it, the rank is named by the placeholder every subject-less figure has, 数据.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places gained', () => {
  it('are a rank’s change, of the subject named', () => {
    expect(the('综合实力排名上升3位。', '3').label).toBe('综合实力位次变化');
  });

  it('are of 数据 when nothing names the subject', () => {
    expect(the('排名上升3位。', '3')).toMatchObject({ kind: 'change', label: '数据位次变化' });
    expect(the('较上年前移6位。', '6').label).toBe('数据位次变化');
  });
});
