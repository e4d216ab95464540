/**
 * The deck being shown: report list → first report → its first deck → that report's figures,
 * and the current slide. A runes class: $state fields, everything else $derived.
 */
import type { Deck, Figure, Report, ReportSummary, Slide } from '../../shared/types';
import type { AppApi } from '../../shared/api';
import { ApiCallError } from '../lib/api-error';
import { recallSlide, rememberSlide } from './slide-memory';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export class DeckStore {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  // Replaced wholesale, never mutated: raw state skips deep proxies over large data.
  reports = $state.raw<ReportSummary[]>([]);
  report = $state.raw<Report | null>(null);
  deck = $state.raw<Deck | null>(null);
  figures = $state.raw<Figure[]>([]);
  index = $state(0);

  readonly slides: Slide[] = $derived(this.deck?.slides ?? []);
  readonly total: number = $derived(this.slides.length);
  readonly slide: Slide | null = $derived(this.slides[this.index] ?? null);
  // Rebuilt whole whenever `figures` changes and never mutated, so a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly figureById: ReadonlyMap<number, Figure> = $derived(new Map(this.figures.map((f) => [f.id, f])));
  readonly isFirst: boolean = $derived(this.index <= 0);
  readonly isLast: boolean = $derived(this.index >= this.total - 1);

  constructor(private readonly api: AppApi) {}

  /** Load the first report's first deck. Safe to call again (e.g. a retry button). */
  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const reports = await this.api['report.list']({});
      this.reports = reports;
      const first = reports[0];
      if (!first) {
        this.status = 'empty';
        return;
      }
      const [report, decks, figures] = await Promise.all([
        this.api['report.get']({ reportId: first.id }),
        this.api['deck.list']({ reportId: first.id }),
        this.api['figure.list']({ reportId: first.id }),
      ]);
      const deckRef = decks[0];
      if (!deckRef) {
        this.report = report;
        this.figures = figures;
        this.status = 'empty';
        return;
      }
      const deck = await this.api['deck.get']({ deckId: deckRef.id });
      this.report = report;
      this.figures = figures;
      this.deck = deck;
      // Back to the slide this deck was on before a reload (clamped: the deck may have shrunk).
      this.index = Math.min(recallSlide(deck.id) ?? 0, Math.max(0, deck.slides.length - 1));
      this.status = deck.slides.length > 0 ? 'ready' : 'empty';
    } catch (e) {
      this.error = e instanceof ApiCallError ? `${e.message}（${e.code}）` : e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }

  figure(id: number): Figure | undefined {
    return this.figureById.get(id);
  }

  goTo(i: number): void {
    if (this.total === 0) return;
    this.index = Math.min(Math.max(0, Math.trunc(i)), this.total - 1);
    if (this.deck) rememberSlide(this.deck.id, this.index);
  }
  next(): void {
    this.goTo(this.index + 1);
  }
  prev(): void {
    this.goTo(this.index - 1);
  }
  first(): void {
    this.goTo(0);
  }
  last(): void {
    this.goTo(this.total - 1);
  }
}
