/**
 * A corrected figure: its value no longer reads as the report writes it (staff corrected 1380 to 1390).
 * The source words stay in the quote; slides show the stored value, and the trace shows both.
 */
import type { Figure } from './types';

/** The value as the report writes it, from the quote at the value's offsets. */
export function sourceValueText(f: Pick<Figure, 'quote' | 'quoteStart' | 'valueStart' | 'valueEnd'>): string {
  return f.quote.slice(f.valueStart - f.quoteStart, f.valueEnd - f.quoteStart);
}

export function isCorrected(f: Pick<Figure, 'quote' | 'quoteStart' | 'valueStart' | 'valueEnd' | 'valueText'>): boolean {
  return sourceValueText(f) !== f.valueText;
}
