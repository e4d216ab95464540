/**
 * The app page served with its window's first `briefing.open` answered inside it (shared/first-open.ts,
 * main/web/first-page.ts): over real HTTP from the bridge, against a real store and hub. The inlined answer
 * is what the request itself then answers; serving the page opens and remembers nothing; the answer fits
 * only the requests it is the answer to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingOpen } from '../src/shared/api';
import { FIRST_OPEN_ELEMENT, firstSlideText, inlineOpenFits, withInlineOpen, type InlineOpen } from '../src/shared/first-open';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { lastOpenedReportId } from '../src/main/store/reports';
import { startBridge, type Bridge } from '../src/main/web/server';
import { SEED, tempDir } from './helpers';

const PAGE = '<!doctype html><html><head><title>简报台</title></head><body class="x">\n<div id="app"></div></body></html>';

let t: ReturnType<typeof tempDir>;
let store: Store;
let hub: PresentationHub;
let bridge: Bridge;
let exportBridge: Bridge;

beforeAll(async () => {
  t = tempDir();
  const renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), PAGE);
  writeFileSync(join(renderer, 'print.html'), PAGE);
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  hub = new PresentationHub();
  const handlers = createHandlers(store, 'test', hub);
  bridge = await startBridge({ handlers, hub, rendererDir: renderer });
  exportBridge = await startBridge({ handlers, rendererDir: renderer, channels: ['briefing.open'] });
});
afterAll(async () => {
  await bridge.close();
  await exportBridge.close();
  store.close();
  t.cleanup();
});

const page = async (b: Bridge, path = '/') => (await fetch(`${b.origin}${path}?token=${b.token}`)).text();

/** The data block of a served page, parsed as the page parses it (its text, through JSON.parse). */
function inlined(html: string): InlineOpen | null {
  const m = new RegExp(`<script type="application/json" id="${FIRST_OPEN_ELEMENT}">(.*?)</script>`, 's').exec(html);
  return m ? (JSON.parse(m[1]!) as InlineOpen) : null;
}

async function open(request: unknown): Promise<BriefingOpen> {
  const res = await fetch(`${bridge.origin}/api/briefing.open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-briefing-token': bridge.token },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { ok: boolean; value: BriefingOpen };
  expect(body.ok).toBe(true);
  return body.value;
}

describe('the app page’s first answer', () => {
  it('is served in the page, opens nothing, and is what the request then answers', async () => {
    const rev = hub.current.rev;
    const remembered = lastOpenedReportId(store.db);
    const html = await page(bridge);
    const inline = inlined(html)!;
    expect(inline).not.toBeNull();
    // In the body, before the mount point, and the page around it unchanged.
    expect(html.indexOf(`id="${FIRST_OPEN_ELEMENT}"`)).toBeGreaterThan(html.indexOf('<body class="x">'));
    expect(html.indexOf(`id="${FIRST_OPEN_ELEMENT}"`)).toBeLessThan(html.indexOf('<div id="app">'));
    expect(html.replace(/<script type="application\/json"[^>]*>.*?<\/script>/s, '')).toBe(PAGE);
    // Serving the page is not opening a window: the hub and the remembered report are as they were.
    expect(hub.current.rev).toBe(rev);
    expect(hub.current.deckId).toBeNull();
    expect(lastOpenedReportId(store.db)).toBe(remembered);
    expect(inline.hubShowed).toBe(false);
    expect(inline.answer.deck?.slides.length).toBeGreaterThan(4);

    // The window's own request, sent as the page sends it, gets exactly that answer.
    const real = await open({ present: { resume: [] } });
    expect(inline.answer).toEqual(real);
    expect(hub.current.deckId).toBe(real.deck!.id);

    // Once the hub shows the deck, its slide is the one inlined (a reload, a second window).
    hub.act({ type: 'goto', index: 4 });
    const again = inlined(await page(bridge))!;
    expect(again.hubShowed).toBe(true);
    expect(again.answer.presentation?.index).toBe(4);
    expect(again.answer).toEqual(await open({ present: { resume: [{ deckId: real.deck!.id, index: 1 }] } }));
  });

  it('is never stale: a corrected figure is in the next page served', async () => {
    const before = inlined(await page(bridge))!.answer;
    const figure = before.figures.find((f) => typeof f.value === 'number')!;
    store.db.prepare('UPDATE figures SET value = ? WHERE id = ?').run(Number(figure.value) + 1, figure.id);
    const after = inlined(await page(bridge))!.answer;
    expect(after.figures.find((f) => f.id === figure.id)!.value).toBe(Number(figure.value) + 1);
  });

  it('only in the app page of a full bridge: not in other files, nor from an export bridge', async () => {
    expect(inlined(await page(bridge, '/print.html'))).toBeNull();
    expect(inlined(await page(exportBridge))).toBeNull();
  });

  it('cannot end its element early, whatever the text holds', () => {
    const answer = { reports: [], report: null, figures: [], deck: null, note: '</script><script>alert(1)</script>' };
    const html = withInlineOpen(PAGE, { answer: answer as unknown as BriefingOpen, hubShowed: false });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect((inlined(html)!.answer as unknown as { note: string }).note).toBe(answer.note);
  });
});

describe('firstSlideText', () => {
  it('holds the text of the slide the answer opens on and of its figures, not of the other slides', async () => {
    const { answer } = inlined(await page(bridge))!;
    const slides = answer.deck!.slides;
    const at = slides.findIndex((s) => s.chart && s.figureIds.length > 0);
    const text = firstSlideText({ ...answer, presentation: { ...answer.presentation!, index: at } });
    expect(text).toContain(slides[at]!.title);
    const figure = answer.figures.find((f) => f.id === slides[at]!.figureIds[0])!;
    expect(text).toContain(figure.valueText);
    const other = slides.find((s, i) => i !== at && !text.includes(s.title));
    expect(other, 'another slide’s title is not asked for').toBeDefined();
    expect(firstSlideText({ ...answer, presentation: undefined })).toBe('');
  });
});

describe('inlineOpenFits', () => {
  const deck = { id: 7 } as BriefingOpen['deck'];
  const inline = (hubShowed: boolean): InlineOpen => ({ answer: { reports: [], report: null, figures: [], deck }, hubShowed });
  it('fits the plain first request, and a remembered slide only when the hub shows the deck already', () => {
    expect(inlineOpenFits(inline(false), { present: { resume: [] } })).toBe(true);
    expect(inlineOpenFits(inline(false), { present: { resume: [{ deckId: 8, index: 2 }] } })).toBe(true);
    expect(inlineOpenFits(inline(false), { present: { resume: [{ deckId: 7, index: 2 }] } })).toBe(false);
    expect(inlineOpenFits(inline(true), { present: { resume: [{ deckId: 7, index: 2 }] } })).toBe(true);
  });
  it('never fits a deep link, a report or deck asked for, or a request that opens nothing', () => {
    expect(inlineOpenFits(inline(true), { present: { resume: [], index: 3 } })).toBe(false);
    expect(inlineOpenFits(inline(true), { reportId: 1, present: { resume: [] } })).toBe(false);
    expect(inlineOpenFits(inline(true), { deckId: 7, present: { resume: [] } })).toBe(false);
    expect(inlineOpenFits(inline(true), { reportKey: 'x', present: { resume: [] } })).toBe(false);
    expect(inlineOpenFits(inline(true), {})).toBe(false);
  });
});
