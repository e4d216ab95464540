/**
 * The window's side of the first frame (src/renderer/state/first-frame.ts, issue #24): the markup of its view
 * it sends (the slide on stage, the chart as main's picture), only while it shows exactly the answer the page
 * opened, under the key main works out alike. Main's side: test/first-frame.test.ts.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { frameKeyOf, readFrame } from '../../src/main/web/first-frame';
import { frameTree, sha256Hex, stillOpened } from '../../src/renderer/state/first-frame';
import type { BriefingOpen } from '../../src/shared/api';

describe('the key', () => {
  it('is the same hashed by the window (WebCrypto) as by main (node:crypto)', async () => {
    const basis = '[1,"assets/index-x.js",{"dpr":1},"简报"]';
    expect(await sha256Hex(basis)).toBe(frameKeyOf(basis));
    expect(await sha256Hex(basis + ' ')).not.toBe(frameKeyOf(basis));
  });
});

describe('the window’s view as a frame', () => {
  it('takes the slide on stage with its chart as the picture, not the neighbours, the ink or the still', () => {
    const { document } = parseHTML(`<html><body><div id="app"><!----><div class="deck-view"><main>
      <div class="prepared"><div class="slot offstage"><article>前一页</article></div>
      <div class="slot" data-current=""><article><h1>标题</h1><div data-chart-drawing><canvas data-chart-type="bar" data-drawn="true" style="display: block; width: 800px; height: 400px; visibility: hidden;"></canvas><img class="still" src="blob:x"></div></article></div></div>
      <canvas class="ink"></canvas></main></div></div></body></html>`);
    const t = frameTree(document.getElementById('app')!)!;
    const json = JSON.stringify(t);
    expect(json).toContain('标题');
    expect(json).not.toContain('前一页');
    expect(json).not.toContain('blob:');
    expect(json).not.toContain('"ink"');
    expect(json).toContain('{"t":"picture","a":{"style":"display: block; width: 800px; height: 400px;","data-chart-type":"bar"}}');
    expect(readFrame(json)).not.toBeNull();
  });

  it('is none while the chart is not drawn, or with an image that is not a chart', () => {
    const { document } = parseHTML(
      `<div id="app"><div data-chart-drawing><canvas data-chart-type="bar"></canvas></div></div><div id="b"><div data-chart-drawing><canvas data-drawn="true"></canvas></div><img src="data:,"></div>`,
    );
    expect(frameTree(document.getElementById('app')!)).toBeNull();
    expect(frameTree(document.getElementById('b')!)).toBeNull();
  });
});

describe('what the window checks before it sends', () => {
  const answer = {
    reports: [],
    report: { id: 1 },
    figures: [],
    deck: { id: 2 },
    presentation: { deckId: 2, index: 4, step: 0, screen: 'slide', pointer: null, zoom: false, presenting: false, hidden: [] },
  } as unknown as BriefingOpen;
  const now = {
    reports: answer.reports,
    report: answer.report,
    figures: answer.figures,
    deck: answer.deck,
    presentation: { ...answer.presentation!, rev: 7 },
    index: 4,
    step: 0,
    ink: [],
  };
  it('sends only while the window shows the very answer the page opened', () => {
    expect(stillOpened(answer, now)).toBe(true);
    expect(stillOpened(answer, { ...now, figures: [] }), 'figures read again (a correction)').toBe(false);
    expect(stillOpened(answer, { ...now, deck: { id: 2 } }), 'the deck patched').toBe(false);
    expect(stillOpened(answer, { ...now, index: 5 })).toBe(false);
    expect(stillOpened(answer, { ...now, step: 1 })).toBe(false);
    expect(stillOpened(answer, { ...now, ink: [{}] })).toBe(false);
    expect(stillOpened(answer, { ...now, presentation: { ...now.presentation, screen: 'black' } })).toBe(false);
  });
});
