/**
 * The drafted deck for any imported report (#20 part 3), over real reports of the genre (test/corpus) and
 * the bundled report's text: agenda, numbered dividers, captions that name their subject, at most six
 * KPI cards, a chart for each 分别 list, targets marked, every figure shown, the report's own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { rewordedClaims } from '../src/shared/wording';
import { openStore } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { importReport } from '../src/main/store/import';
import { getReport } from '../src/main/store/reports';
import { draftBundle } from '../src/main/store/draft';
import { isBareCaption } from '../src/main/store/draft/captions';
import { basisOf } from '../src/main/store/draft/distinct';
import { lists } from '../src/main/store/draft/groups';
import { statusOf } from '../src/main/store/draft/captions';
import { REPORT_TEXT, ROOT } from './helpers';

const CORPUS = join(ROOT, 'test/corpus');
const reports = [
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') })),
  { name: 'cq-2015 (bundled text)', text: REPORT_TEXT },
];

function draftOf(text: string) {
  const store = openStore(':memory:', { dailyBackup: false });
  const accepted = extractFigures(text);
  const meta = { title: '导入的报告', organisation: '某省统计局', published: '2020-01-01', asOf: '2020年' };
  const { reportId, deckId } = importReport(store.db, ':memory:', meta, text, accepted);
  const deck = getDeck(store.db, deckId)!;
  const report = getReport(store.db, reportId)!;
  const figures = listFigures(store.db, reportId);
  store.close();
  return { accepted, deck, report, figures };
}

describe.each(reports)('the draft of $name', ({ text }) => {
  const { accepted, deck, report, figures } = draftOf(text);
  const slides = deck.slides;

  it('opens with a title and a 目录 listing every divider, numbered from 01 (none for a report of one section)', () => {
    expect(slides[0].layout).toBe('title');
    const dividers = slides.filter((s) => s.layout === 'section');
    expect(dividers.length).toBeGreaterThan(0);
    // The divider's number is its section's place in the report (SectionSlide shows it as 01, 02…).
    const order = [...report.sections].sort((a, b) => a.ord - b.ord).map((s) => s.id);
    expect(dividers.map((d) => order.indexOf(d.sectionId!) + 1)).toEqual(dividers.map((_, i) => i + 1));
    // A 目录 of one line says nothing: a report of one section goes from its title to its divider.
    if (dividers.length === 1) {
      expect(slides[1].layout).toBe('section');
      expect(slides.some((s) => /^目[录錄]$/u.test(s.title))).toBe(false);
    } else {
      // (目錄 in a report in traditional characters, as every word the draft adds: test/draft-script.test.ts.)
      expect(slides[1].title).toMatch(/^目[录錄]$/u);
      expect(slides[1].body.paragraphs).toEqual(dividers.map((d, i) => `**${String(i + 1).padStart(2, '0')}**\u3000${d.title}`));
    }
    expect(slides.some((s) => /概况（\d）/u.test(s.title))).toBe(false);
    expect(slides.at(-1)!.layout).toBe('closing');
  });

  it('gives every KPI card a caption naming its subject, at most six cards a slide', () => {
    for (const s of slides.filter((x) => x.body.kpis)) {
      expect(s.body.kpis!.length).toBeLessThanOrEqual(6);
      for (const k of s.body.kpis!) expect(isBareCaption(k.caption), `${s.title}: “${k.caption}”`).toBe(false);
    }
  });

  it('never shows one caption over two cards whose figures differ in period, kind or comparison', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const byAccepted = new Map(accepted.map((x) => [x.valueStart, x]));
    for (const s of slides.filter((x) => x.body.kpis)) {
      const seen = new Map<string, string>();
      for (const k of s.body.kpis!) {
        const f = byId.get(k.figureId)!;
        const what = `${f.period}|${f.kind}|${basisOf(byAccepted.get(f.valueStart)!)}`;
        const before = seen.get(k.caption);
        expect(before === undefined || before === what, `${s.title}: “${k.caption}” for ${before} and ${what}`).toBe(true);
        seen.set(k.caption, what);
      }
    }
  });

  it('titles no slide with one value of a 分别 list cut from the rest, nor with a word cut at its start', () => {
    const lone = (t: string) => /分别|依次/u.test(t) && (t.slice(t.search(/分别|依次/u)).match(/\d+(?:\.\d+)?/gu) ?? []).length === 1;
    for (const s of slides.filter((x) => x.layout === 'chart' || x.layout === 'kpi')) {
      expect(lone(s.title), `slide ${s.ord}: ${s.title}`).toBe(false);
      expect(s.title, `slide ${s.ord}`).not.toMatch(/^[.、%％，,”）)]/u);
    }
  });

  // (A deck too long folds a list of two into its section's cards, on one slide: draft-long-decks.test.ts.)
  it('draws a chart for each 分别 list, or puts a list of two on one slide of cards', () => {
    const keyed = accepted.map((x, i) => ({ key: `f${i}`, x, caption: x.label, status: statusOf(x) }));
    const ordered = [...keyed].sort((a, b) => a.x.valueStart - b.x.valueStart);
    const byStart = new Map(figures.map((f) => [f.valueStart, f.id]));
    for (const run of lists(text, ordered)) {
      const ids = run.map((f) => byStart.get(f.x.valueStart));
      const chart = slides.find((s) => s.chart && ids.every((id) => s.chart!.series.some((p) => 'figureId' in p && p.figureId === id)));
      const cards = run.length <= 2 && slides.find((s) => ids.every((id) => s.body.kpis?.some((k) => k.figureId === id)));
      expect(chart ?? cards, run.map((f) => f.x.value).join('、')).toBeTruthy();
    }
  });

  it('marks every target and estimate as such and keeps it off the results', () => {
    const byId = new Map(figures.map((f, i) => [f.id, accepted[i]]));
    for (const s of slides)
      for (const k of s.body.kpis ?? []) {
        const status = statusOf(byId.get(k.figureId)!);
        if (status === 'target') expect(k.caption).toMatch(/（目[标標]）$/u);
        if (status === 'estimate') expect(k.caption).toMatch(/（[预預][计計]）$/u);
        if (status === 'actual') expect(k.caption).not.toMatch(/（(?:目[标標]|[预預][计計])）$/u);
      }
  });

  it('shows every accepted figure on a slide or in the appendix', () => {
    const shown = new Set(slides.flatMap((s) => s.figureIds));
    expect(figures.filter((f) => !shown.has(f.id)).map((f) => f.label)).toEqual([]);
  });

  it('writes every title, subtitle and key message on one line (a page’s line breaks inside a figure go)', () => {
    for (const s of slides)
      for (const line of [s.title, s.body.subtitle ?? '', s.chart?.takeaway ?? '']) expect(line, `slide ${s.ord}`).not.toMatch(/\n/u);
  });

  it('states numbers only in the report’s own words', () => {
    expect(rewordedClaims(report.text, slides, figures)).toEqual([]);
  });
});

describe('the draft of the bundled report’s text', () => {
  it('has 12–20 slides, a summary from its concluding paragraph and no more than one appendix page', () => {
    const { deck } = draftOf(REPORT_TEXT);
    expect(deck.slides.length).toBeGreaterThanOrEqual(12);
    expect(deck.slides.length).toBeLessThanOrEqual(20);
    const summary = deck.slides.find((s) => s.title === '下一步' || s.title === '总体判断');
    expect(summary?.body.paragraphs?.join('')).toContain('四个扎实');
  });

  // Its time is measured by the bench (bench/editing.ts, "draft the deck of a 22 KB report", target ≤ 300 ms), not
  // asserted here: a timed assertion fails on a loaded machine and proves nothing on an idle one.
  it('drafts a 20 KB report (the size the bench times) into a deck whose every figure quotes the report', () => {
    const text = Array.from({ length: 4 }, () => REPORT_TEXT)
      .join('\n')
      .slice(0, 20_000);
    const accepted = extractFigures(text);
    const meta = { key: 'bench', title: '基准', organisation: '某单位', published: '2020-01-01', asOf: '2020年' };
    const bundle = draftBundle(meta, text, accepted);
    expect(bundle.deck.slides.length).toBeGreaterThan(10);
    expect(bundle.figures).toHaveLength(accepted.length);
    for (const f of bundle.figures) expect(text.slice(f.quoteStart ?? -1, (f.quoteStart ?? -1) + f.quote.length)).toBe(f.quote);
  });
});
