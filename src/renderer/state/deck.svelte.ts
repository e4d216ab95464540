/**
 * The deck being shown: report list → the current report (the last opened, else the first; or the one
 * the hub shows) → its first deck → that report's figures, and the current slide. A runes class: $state fields, everything else $derived.
 *
 * The current slide, black/white screen, pointer and zoom are not this window's own: they live in the
 * main process (the web bridge's hub) and every window follows them. Navigation sends 'present.act'
 * actions; the streamed state (and each action's answer) is applied here, newest rev wins.
 */
import { withResolvedTexts } from '../../shared/figure-refs';
import type { Deck, Figure, Report, ReportSummary, Slide } from '../../shared/types';
import type { AppApi, BriefingOpen } from '../../shared/api';
import { buildSteps, shownItems } from '../../shared/builds';
import {
  EMPTY_INK,
  EMPTY_INK_VIEW,
  followInk,
  inkBehind,
  type InkAction,
  type InkState,
  type InkStroke,
  type InkView,
} from '../../shared/ink';
import { applyDeckPatch, type DeckPatch } from '../../shared/deck-patch';
import { setDeckScript } from '../../shared/deck-script';
import {
  INITIAL_PRESENTATION,
  reduce,
  type PresentationAction,
  type PresentationEvent,
  type PresentationState,
  type Screen,
} from '../../shared/presentation';
import { afterNextPaint } from '../lib/after-paint';
import { ApiCallError } from '../lib/api-error';
import { t, uiLang } from '../lib/i18n';
import { figureMap, prefetchFonts, slideText } from './font-prefetch';
import { prepareShownPicture } from './first-picture';
import { recallSlides, rememberSlide } from './slide-memory';
import { afterFirstSlide, takeEarlyOpen } from './early-open';

/** How long an action waits for the one before it to be answered before it is sent anyway. */
const STALLED_MS = 2000;
/**
 * How long this window's ink may stay behind the hub's (a delta it has not heard) before it reads the
 * whole ink: an answer can overtake the stream by a little, so a gap that closes by itself costs nothing.
 */
const INK_GAP_MS = 250;

/** The same presentation but for its revisions and ink. */
function sameButInk(a: PresentationState, b: Omit<PresentationState, 'ink'>): boolean {
  return (Object.keys(b) as (keyof typeof b)[]).every(
    (k) => k === 'rev' || k === 'inkRev' || a[k] === b[k] || JSON.stringify(a[k]) === JSON.stringify(b[k]),
  );
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export class DeckStore {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  // Replaced wholesale, never mutated: raw state skips deep proxies over large data.
  reports = $state.raw<ReportSummary[]>([]);
  report = $state.raw<Report | null>(null);
  deck = $state.raw<Deck | null>(null);
  figures = $state.raw<Figure[]>([]);
  /** The shared presentation as last heard from the main process (its ink aside: see inkView). */
  confirmed = $state.raw<PresentationState>(INITIAL_PRESENTATION);
  /**
   * This window's own actions, predicted with the same pure reducer the hub runs, shown until the hub
   * answers: a key press moves this window at once, and the hub's answer (or a newer event) then rules.
   */
  private predicted = $state.raw<PresentationState | null>(null);
  private pendingActs = 0;
  readonly presentation: PresentationState = $derived(this.predicted ?? this.confirmed);

  /** The hub's slide when it shows this deck (a window that opens late lands where the others are). */
  readonly index: number = $derived(
    this.deck && this.presentation.deckId === this.deck.id
      ? Math.min(this.presentation.index, Math.max(0, this.deck.slides.length - 1))
      : 0,
  );
  readonly screen: Screen = $derived(this.presentation.screen);
  readonly pointer: { x: number; y: number } | null = $derived(this.presentation.pointer);
  readonly zoom: boolean = $derived(this.presentation.zoom);
  readonly presenting: boolean = $derived(this.presentation.presenting);

  // Rebuilt whole whenever `figures` changes and never mutated, so a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly figureById: ReadonlyMap<number, Figure> = $derived(new Map(this.figures.map((f) => [f.id, f])));
  /** The deck's slides, their own texts' figure references ({{id}}) shown as the figures' current values. */
  readonly slides: Slide[] = $derived((this.deck?.slides ?? []).map((s) => withResolvedTexts(s, this.figureById)));
  readonly total: number = $derived(this.slides.length);
  readonly slide: Slide | null = $derived(this.slides[this.index] ?? null);
  /** Where `next` goes: hidden slides are skipped (the same reducer as the hub's); the current index at the end. */
  readonly nextIndex: number = $derived(this.deck ? Math.min(reduce(this.presentation, { type: 'next' }).index, this.total - 1) : 0);
  /** Each slide's build steps, counted from this window's deck (the same count as the hub's, shared/builds.ts). */
  readonly steps: number[] = $derived(this.slides.map(buildSteps));
  /** How far the current slide is built (its step count: finished). */
  readonly step: number = $derived(
    this.deck && this.presentation.deckId === this.deck.id ? Math.min(this.presentation.step, this.steps[this.index] ?? 0) : 0,
  );
  /** Items of slide `i` shown now (Infinity: all): the current one at its step, ahead none, behind all. */
  shownAt(i: number): number {
    return shownItems(i, this.index, this.step, this.steps[i] ?? 0);
  }
  /** What `next` shows: the current slide's next build step, else the next slide as it is entered. */
  readonly nextView: { index: number; shown: number } | null = $derived(
    this.step < (this.steps[this.index] ?? 0)
      ? { index: this.index, shown: this.step + 1 >= (this.steps[this.index] ?? 0) ? Infinity : this.step + 1 }
      : this.nextIndex > this.index
        ? { index: this.nextIndex, shown: (this.steps[this.nextIndex] ?? 0) > 0 ? 0 : Infinity }
        : null,
  );
  readonly isFirst: boolean = $derived(this.index <= 0 && this.step <= 0);
  readonly isLast: boolean = $derived(
    (this.index >= this.total - 1 || this.nextIndex <= this.index) && this.step >= (this.steps[this.index] ?? 0),
  );
  /**
   * The talk's ink as this window follows it: the hub's events carry it as deltas (shared/ink.ts
   * followInk), not whole; its own field, so a delta heard late (with an older event) still counts.
   */
  private inkView = $state.raw<InkView>(EMPTY_INK_VIEW);
  /** The ink of every slide (the talk's). */
  readonly allInk: InkState = $derived(this.inkView.ink);
  /** The ink of the current slide (shared/ink.ts). */
  readonly ink: readonly InkStroke[] = $derived(
    this.deck && this.presentation.deckId === this.deck.id ? (this.inkView.ink[String(this.index)] ?? []) : [],
  );

  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly api: AppApi,
    private readonly subscribe: (listener: (s: PresentationEvent) => void) => () => void = () => () => {},
  ) {}

  /**
   * Take a state from the hub unless a newer one has already arrived (answers and events can cross). An
   * edit's event carries the edit (deckPatch), applied to this window's deck; the state is kept without it.
   */
  apply(event: PresentationEvent): void {
    this.followInk(event);
    // The same revision comes twice to the window that acted (its answer, then the stream): applied once.
    if (event.rev <= this.heardRev && this.heardRev > 0) return;
    this.heardRev = event.rev;
    const { deckPatch, inkDelta: _delta, ink: _ink, ...s } = event;
    // A change of ink alone (a stroke being drawn: dozens of events a second) leaves the rest as it stands:
    // nothing that follows the slide, the screen or the laser runs again in this window for it.
    if (!deckPatch && sameButInk(this.confirmed, s)) return;
    // The window's ink is `inkView` (allInk, ink), never this copy of the state's.
    this.confirmed = { ...s, ink: EMPTY_INK };
    this.rememberShown();
    this.followHub();
    this.followEdits(deckPatch);
  }

  /**
   * The ink part of an event, whatever its rev (a delta may come with an event already overtaken by a newer
   * one). Behind the hub for longer than an overtaking answer explains: read the whole ink once.
   */
  private followInk(news: PresentationEvent | PresentationState): void {
    const view = followInk(this.inkView, news);
    if (view === this.inkView) return;
    this.inkView = view;
    if (inkBehind(view)) this.inkGapCheck ??= setTimeout(() => void this.readInk(), INK_GAP_MS);
  }
  private inkGapCheck: ReturnType<typeof setTimeout> | null = null;
  private async readInk(): Promise<void> {
    try {
      if (inkBehind(this.inkView)) this.apply(await this.api['present.state']({}));
    } catch (e) {
      console.warn('[deck] reading the ink failed:', e);
    } finally {
      this.inkGapCheck = null;
    }
  }

  /** The newest rev heard from the hub (`confirmed` keeps an older one when only the ink changed since). */
  private heardRev = 0;

  /** The hub's deckRev this window's deck reflects: a newer one means the slides were edited somewhere. */
  private deckRev = 0;
  private refreshSeq = 0;

  /**
   * The shown deck was edited (in any window): patch it in place from the edit the event carries, so
   * every window shows the edit live without a round trip; read it again when the patch does not fit (this
   * window missed an edit, or heard of it from an answer that carries no patch).
   */
  private followEdits(patch: DeckPatch | undefined): void {
    const s = this.confirmed;
    if (this.opening || !this.deck || s.deckId !== this.deck.id || s.deckRev === this.deckRev) return;
    this.deckRev = s.deckRev;
    const patched = patch && applyDeckPatch(this.deck, patch);
    if (patched) {
      // The deck now stands as of this revision: a read still on its way would bring an older one.
      this.refreshSeq++;
      this.deck = patched;
    } else void this.reloadDeck();
  }

  /** Re-read the shown deck (after an edit here or elsewhere, or a conflict). */
  async reloadDeck(): Promise<void> {
    const deckId = this.deck?.id;
    if (deckId === undefined) return;
    const seq = ++this.refreshSeq;
    try {
      const opened = await this.api['briefing.open']({ deckId });
      if (seq === this.refreshSeq && opened.deck && opened.deck.id === this.deck?.id) {
        this.deck = opened.deck;
        this.figures = opened.figures;
      }
    } catch (e) {
      console.warn('[deck] reloading the edited deck failed:', e);
    }
  }

  /** An edit's answer: the deck as it now stands, shown at once (the hub's deckRev brings the others). */
  adopt(deck: Deck): void {
    if (deck.id === this.deck?.id) this.deck = deck;
  }

  /**
   * Another window switched the hub to a deck of another report (the report switcher, an import, a
   * delete): this window follows with that report, so the presenter view and every other window show the
   * same deck. Not while this window is opening a report itself: its own answer settles it.
   */
  private followHub(): void {
    const deckId = this.confirmed.deckId;
    if (this.opening || deckId === null || !this.deck || deckId === this.deck.id) return;
    void this.load({ deckId });
  }

  /**
   * Keep the slide this window shows in its own memory, prediction included: a reload (or a restart of
   * the main process) before the hub has answered must not lose a move already on screen, nor bring
   * back one the hub refused.
   */
  private rememberShown(): void {
    if (!this.deck || this.presentation.deckId !== this.deck.id) return;
    // Written when the slide changes, not at every event: ink and the laser send dozens a second, and a
    // storage write each cost both windows a few hundred ms of main thread per stroke.
    const key = `${this.deck.id}:${this.index}`;
    if (key === this.remembered) return;
    this.remembered = key;
    rememberSlide(this.deck.id, this.index);
  }
  private remembered = '';

  /** Send an action to the hub; its answer is applied at once, and every other window hears of it. */
  async act(action: PresentationAction): Promise<void> {
    // The laser streams many small updates: those wait for the hub, so they never hide another window's move.
    const predict = action.type !== 'pointer' && !action.type.startsWith('ink');
    if (predict) {
      this.pendingActs++;
      this.predicted = reduce(this.presentation, action);
      this.rememberShown();
    }
    try {
      this.apply(await this.send(action, predict));
    } catch (e) {
      console.warn('[deck] presentation action failed:', e);
    } finally {
      // Once every action of this window has been answered, show exactly what the hub holds.
      if (predict && --this.pendingActs === 0) {
        this.predicted = null;
        this.rememberShown();
      }
    }
  }

  /**
   * Set while this window shows the audience stage (DeckView): its own key presses are painted before the
   * hub is told. The presenter view tells the hub first, so the audience window — another process — starts
   * its switch at once instead of after the presenter view's own frame.
   */
  paintFirst = false;

  /** The last request to the hub, settled or not: the next one waits for it, so actions arrive in order. */
  private sending: Promise<unknown> = Promise.resolve();

  /**
   * Requests go one at a time, so the hub applies actions in the order they were made (two HTTP requests
   * on the web bridge can otherwise overtake each other). With `paintFirst`, a predicted action (already on
   * screen here) also waits until the frame showing it is rendered: the request and its answer (HTTP on the
   * web bridge, IPC in Electron) then stay out of the key press's frame, and other windows hear of it one
   * frame later. Laser updates are not predicted and go at once (behind any earlier request).
   */
  private send(action: PresentationAction, predicted: boolean): Promise<PresentationEvent> {
    // A request that never settles (a stalled bridge) holds the next ones back for a while, not forever.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise((r) => (timer = setTimeout(r, STALLED_MS)));
    const previous = Promise.race([this.sending, stalled]).finally(() => clearTimeout(timer));
    const request = (predicted && this.paintFirst ? Promise.all([previous, afterNextPaint()]) : previous).then(() =>
      this.api['present.act']({ action }),
    );
    this.sending = request.catch(() => {});
    return request;
  }

  /** Stop following the hub (a window being torn down). */
  dispose(): void {
    this.disposed = true;
    if (this.inkGapCheck) clearTimeout(this.inkGapCheck);
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Set while a `briefing.open` of this window is on its way (see followHub). */
  private opening = false;
  /** Bumped per load: only the newest load's answer is shown (a quick second switch wins). */
  private loadSeq = 0;

  /**
   * Load a report's deck: the one asked for, else the report this window last picked, else the store's
   * current report (the last opened in any window, else the first). Safe to call again (a retry button).
   * A window already showing a deck keeps it on screen until the new one arrives.
   */
  async load(target: { deckId: number } | { reportId: number } | null = null): Promise<void> {
    const seq = ++this.loadSeq;
    if (this.status !== 'ready') this.status = 'loading';
    this.error = null;
    this.opening = true;
    try {
      // One round trip from start to slide: the briefing, opened on the hub in the same call. If the hub
      // already shows that deck (a presentation running in another window, or this window reloaded), its
      // slide wins; otherwise the deck opens where this window last was.
      const wanted = target ?? (this.wantedReportId === null ? {} : { reportId: this.wantedReportId });
      // A deep link (`#/slide/N`) names the first slide of this window's first load only.
      const index = this.deepLink ?? undefined;
      this.deepLink = null;
      const present = { resume: recallSlides(), ...(index === undefined ? {} : { index }) };
      const request = { ...wanted, present };
      // A window's first load may find its answer on the way already (early-open.ts: sent before mount), or
      // in the page itself; then the request that opens the deck on the hub goes once the slide is shown.
      const early = takeEarlyOpen(request);
      // The hub's stream too (web: a connection held for the page's life), unless the page carried the answer.
      if (!early?.openOnHub) this.follow();
      const opened = await (early?.answer ?? this.api['briefing.open'](request));
      if (seq !== this.loadSeq) return;
      // A window's first slide: its chart's kept picture (charts/picture-cache.ts) is decoded before the
      // slide is built, so the chart can show it in the first frame.
      const picture = this.status === 'ready' ? null : prepareShownPicture(opened);
      if (picture) await picture;
      if (seq !== this.loadSeq) return;
      this.opening = false;
      this.show(opened);
      if (opened.report) this.wantedReportId = opened.report.id;
      this.followHub();
      if (early?.openOnHub) void this.openOnHubLater(early.openOnHub, seq);
    } catch (e) {
      this.follow();
      if (seq !== this.loadSeq) return;
      this.opening = false;
      this.error = e instanceof ApiCallError ? `${e.message}（${e.code}）` : e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }

  /** Follow the hub's state (the presentation any window changes), once. */
  private follow(): void {
    if (!this.disposed) this.unsubscribe ??= this.subscribe((s) => this.apply(s));
  }
  private disposed = false;

  /**
   * Once the first slide is shown, follow the hub and send the first load's request, whose answer the page
   * carried (early-open.ts): it opens the deck on the hub, which tells every window (this one too). Before,
   * the stream's connection and the request took two of the page's connections (HTTP/1.1: six to the
   * bridge) from the font files the slide waited for. The request is not sent when another load has begun
   * since: that one opened its own deck. A window that hears the hub late misses nothing: the stream starts
   * with the hub's current state, and states older than the one the page carried are not taken (rev).
   */
  private async openOnHubLater(send: () => Promise<BriefingOpen>, seq: number): Promise<void> {
    await afterFirstSlide();
    this.follow();
    if (seq !== this.loadSeq || this.disposed) return;
    try {
      await send();
    } catch (e) {
      console.warn('[deck] opening the deck on the hub failed:', e);
    }
  }

  private show({ reports, report, figures, deck, presentation }: BriefingOpen): void {
    this.reports = reports;
    if (!report || !deck) {
      setDeckScript(report?.traditional === true);
      this.report = report;
      this.figures = figures;
      this.status = 'empty';
      return;
    }
    if (!presentation) throw new Error(t(uiLang(), 'notOpenedPresenting'));
    // The fonts of the slide about to show start loading before it is built (the hub clamps the index).
    const slide = deck.slides[presentation.index];
    if (slide) prefetchFonts(slideText(slide, report, deck.title, figureMap(figures)));
    setDeckScript(report.traditional === true);
    this.report = report;
    this.figures = figures;
    this.deck = deck;
    this.deckRev = presentation.deckId === deck.id ? presentation.deckRev : this.deckRev;
    this.apply(presentation);
    this.status = deck.slides.length > 0 ? 'ready' : 'empty';
  }

  /** The slide a deep link named when this window opened (state/deep-link.ts), for its first load. */
  deepLink: number | null = null;

  /** The report `load` opens; null (or a report that is gone) means the store's current report. */
  private wantedReportId: number | null = null;

  /** Open another report (one picked, or just imported): its figures and first deck, on every window. */
  async openReport(reportId: number): Promise<void> {
    this.wantedReportId = reportId;
    await this.load({ reportId });
  }

  /** Re-read the report list (after a rename, a delete or its undo). */
  async reloadReports(): Promise<void> {
    this.reports = await this.api['report.list']({});
  }

  /** Re-read the current report's figures after a correction: slides and charts follow at once. */
  async reloadFigures(): Promise<void> {
    if (!this.report) return;
    this.figures = await this.api['figure.list']({ reportId: this.report.id });
  }

  figure(id: number): Figure | undefined {
    return this.figureById.get(id);
  }

  goTo(i: number): void {
    if (this.total === 0) return;
    void this.act({ type: 'goto', index: Math.min(Math.max(0, Math.trunc(i)), this.total - 1) });
  }
  next(): void {
    void this.act({ type: 'next' });
  }
  prev(): void {
    void this.act({ type: 'prev' });
  }
  first(): void {
    void this.act({ type: 'first' });
  }
  last(): void {
    void this.act({ type: 'last' });
  }
  /** B / W: black or white screen on the audience view, and back. */
  toggleScreen(screen: Exclude<Screen, 'slide'>): void {
    void this.act({ type: 'toggleScreen', screen });
  }
  setZoom(zoom: boolean): void {
    void this.act({ type: 'zoom', zoom });
  }
  /**
   * The laser pointer, in slide coordinates (0..1), or null to put it away. At most one update per
   * animation frame and one request in flight: a fast mouse never queues a backlog of stale positions.
   */
  pointTo(pointer: { x: number; y: number } | null): void {
    this.pendingPointer = pointer;
    if (!this.pointerFrame && !this.pointerBusy) this.pointerFrame = requestAnimationFrame(() => void this.flushPointer());
  }
  private pendingPointer: { x: number; y: number } | null | undefined = undefined;
  private pointerBusy = false;
  private pointerFrame = 0;
  private async flushPointer(): Promise<void> {
    this.pointerFrame = 0;
    const pointer = this.pendingPointer;
    if (pointer === undefined) return;
    this.pendingPointer = undefined;
    this.pointerBusy = true;
    await this.act({ type: 'pointer', pointer });
    this.pointerBusy = false;
    if (this.pendingPointer !== undefined) this.pointerFrame = requestAnimationFrame(() => void this.flushPointer());
  }

  /**
   * Ink: a stroke begun, extended or cleared. Like the laser, the points of a stroke being drawn go at most
   * one request at a time, gathered per animation frame (the window drawing shows its own stroke at once).
   */
  sendInk(action: InkAction): void {
    const last = this.inkQueue.at(-1);
    if (
      action.type === 'inkExtend' &&
      last?.type === 'inkExtend' &&
      last.id === action.id &&
      last.points.length + action.points.length <= 4000
    )
      this.inkQueue[this.inkQueue.length - 1] = { ...last, points: [...last.points, ...action.points] };
    else this.inkQueue.push(action);
    if (!this.inkFrame && !this.inkBusy) this.inkFrame = requestAnimationFrame(() => void this.flushInk());
  }
  private inkQueue: InkAction[] = [];
  private inkBusy = false;
  private inkFrame = 0;
  private async flushInk(): Promise<void> {
    this.inkFrame = 0;
    const action = this.inkQueue.shift();
    if (!action) return;
    this.inkBusy = true;
    await this.act(action);
    this.inkBusy = false;
    // What gathered while this one was on its way goes at once: waiting for another frame would halve the
    // rate the audience hears new points at when a round trip and a frame do not fit in one frame together.
    if (this.inkQueue.length) void this.flushInk();
  }

  setPresenting(presenting: boolean): void {
    void this.act({ type: 'present', presenting });
  }
}
