/**
 * A KPI slide is never titled by a clause that opens with its predicate and a number: 云南 2016's "回升3.4百分点" (of 酒、饮料
 * 和精制茶制造业, named in the clause before) and 陕西 2020's "加快5.0个百分点" said nothing of what rose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function titles(file: string, asOf: string): string[] {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  return bundle.deck.slides.map((s) => s.title);
}

describe('a slide’s title', () => {
  it('names what rose, fell or sped up (云南 2016, 陕西 2020)', () => {
    for (const [file, asOf] of [
      ['yunnan-2016-08-industry.txt', '2016年1-8月'],
      ['shaanxi-2020-q1-industry.txt', '2020年1-3月'],
    ])
      for (const t of titles(file, asOf)) expect(t, file).not.toMatch(/^(?:回升|加快|收窄|扩大|上涨|下滑)\d/u);
    expect(titles('yunnan-2016-08-industry.txt', '2016年1-8月')).toContain('酒、饮料和精制茶制造业增长10.5%，回升3.4百分点');
  });

  it('never opens with 其 for its subject (四平 2011: "其总量由全省第八位跃升到第四位")', () => {
    for (const [file, asOf] of [
      ['siping-2011-government-work.txt', '2011年'],
      ['qiqihar-2013-q1-industry.txt', '2013年1-3月'],
    ])
      for (const t of titles(file, asOf)) expect(t, file).not.toMatch(/^其(?!中|他|余|它)/u);
  });
});
