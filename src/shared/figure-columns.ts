/**
 * A figure split into the appendix table's columns: the value alone (2.45, 300多, 下降4.1), and what
 * qualifies it in its own column — the status (预计, 目标) and the source's qualifier (超过, 约, 左右) —
 * so that "预计2.45" reads 预计 | 2.45 | 万亿元. Pure.
 */
import { figureParts } from './format';
import type { Figure } from './types';

export interface FigureColumns {
  /** 'estimate' / 'target' when the figure is not an actual value (shown as 预计 / 目标). */
  status: 'estimate' | 'target' | null;
  /** The source's qualifier words, without one the status already says: "超过", "约", "左右", "". */
  qualifier: string;
  /** The number as the source writes it, with a fall's word, a rank's 第 and an inner 多/余: "2.45", "300多", "下降4.1", "第3". */
  value: string;
  unit: string;
}

const STATUS_WORD = { estimate: '预计', target: '目标' } as const;

export function figureColumns(f: Pick<Figure, 'valueText' | 'value' | 'unit' | 'kind' | 'qualifier' | 'status'>): FigureColumns {
  const p = figureParts(f);
  const status = f.status === 'estimate' || f.status === 'target' ? f.status : null;
  const lead = p.prefix.slice(p.fall.length, p.prefix.length - p.ordinal.length);
  const words = [lead, p.suffix].filter((w) => w && (status === null || w !== STATUS_WORD[status]));
  return { status, qualifier: words.join(' '), value: p.fall + p.ordinal + p.number + p.inner, unit: p.unit };
}
