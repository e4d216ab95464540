/**
 * Cards an official reads without the sentence: a rank says among whom it was taken, and a count says what was counted
 * for what. Seen in the drafted decks of session 26's review: 梅州 2023's two 位次 cards had one caption (3 and 1: the
 * province and the five mountain cities), 大武口 2022's three read alike and its "县区 22" said only a scope, 梅州's "企業 32家"
 * and "產業 3個" neither what the enterprises nor the industries did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { captionOf, countsRanked, rankScope } from '../src/main/store/draft/captions';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

const at = (text: string, value: string, n = 0) => extractFigures(text).filter((x) => x.value === value)[n]!;
const caption = (text: string, value: string, n = 0) => captionOf(at(text, value, n), '', '');
const rank = (text: string, value: string) => extractFigures(text).find((x) => x.value === value && x.kind === 'rank')!;

function deckOf(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const meta = { key: 'k', title: 'T', organisation: 'O', published: '', asOf };
  const bundle = draftBundle(meta, text, extractFigures(text, { asOf }));
  const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
  const cards = bundle.deck.slides
    .flatMap((s) => s.body.kpis ?? [])
    .map((k) => ({ caption: k.caption, value: byKey.get(k.figure)!.valueText }));
  const appendix = bundle.deck.slides.filter((s) => s.title.startsWith('附')).flatMap((s) => s.body.paragraphs ?? []);
  return { cards, appendix };
}

describe('a rank', () => {
  it('says where it was taken, as its clause names it before 第', () => {
    // test/corpus/meizhou-2023-08-industry-traditional.txt (its words simplified here).
    const meizhou = '全市539家规上工业企业,1-8月实现规上工业增加值189.77亿元,同比增长6.8%,增速在全省排名第3位、在山区五市中排名第1位。';
    expect(rankScope(rank(meizhou, '3'))).toBe('全省');
    expect(rankScope(rank(meizhou, '1'))).toBe('山区五市');
    expect(captionOf(rank(meizhou, '3'), '', '')).toBe('规上工业增加值增速位次（全省）');
    expect(captionOf(rank(meizhou, '1'), '', '')).toBe('规上工业增加值增速位次（山区五市）');
    // test/corpus/huizhou-2021-02-industry.txt: the second place after 、 with no verb of its own.
    const huizhou = '规上工业增加值258亿元,增长43.1%,居珠三角第7位、全省第11位;工业投资69.2亿元,增长99.1%。';
    expect([rankScope(rank(huizhou, '7')), rankScope(rank(huizhou, '11'))]).toEqual(['珠三角', '全省']);
    // test/corpus/zhengzhou-2015-q3-industry.txt: a place with its count.
    const zhengzhou =
      '全市规模以上工业增加值累计完成2330亿元左右,同比增长10.2%左右,在全国27个省会城市中排名第3位、35个大中城市中排名第4位。';
    expect([rankScope(rank(zhengzhou, '3')), rankScope(rank(zhengzhou, '4'))]).toEqual(['全国27个省会城市', '35个大中城市']);
  });

  it('says the place before the measure ranked (琼中 2024: two cards 规模以上工业增加值增速位次, 15 and 6)', () => {
    // test/corpus/qiongzhong-2024-07-economy.txt.
    const text =
      '全县规模以上工业增加值下降3.3%,低于全省规模以上工业增加值12.8个百分点(全省增长9.5%),全省增速排名第15,第二平台市县增速排名第6。';
    expect([rankScope(rank(text, '15')), rankScope(rank(text, '6'))]).toEqual(['全省', '第二平台市县']);
  });

  it('names no place its clause does not give', () => {
    // test/corpus/zhengzhou-2015-q3-industry.txt: a rank compared with a year before.
    const before = '在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位。';
    expect(rankScope(rank(before, '15'))).toBe('');
    expect(rankScope(rank('1-5月,全市工业增速全国排名从年初的第23位提升到第1位。', '23'))).toBe('');
  });

  it('in a deck, no two rank cards of one measure read alike (梅州 2023, 大武口 2022, traditional and simplified)', () => {
    const meizhou = deckOf('meizhou-2023-08-industry-traditional.txt', '2023年1-8月').cards;
    expect(meizhou.filter((c) => /位次/u.test(c.caption)).map((c) => `${c.caption} ${c.value}`)).toEqual([
      '規上工業增加值增速位次（全省） 3',
      '規上工業增加值增速位次（山區五市） 1',
      '工業投資增速位次（全省） 15',
    ]);
    // test/corpus/dawukou-2022-05-industry.txt: "增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名".
    const dawukou = deckOf('dawukou-2022-05-industry.txt', '2022年1-5月').cards;
    expect(dawukou.filter((c) => /位次/u.test(c.caption)).map((c) => c.caption.replace(/^.*位次/u, ''))).toEqual([
      '（22县区）',
      '（7个沿黄市辖区）',
      '（全市）',
    ]);
  });
});

describe('a count', () => {
  it('of the places a rank was taken among says so, and needs no card beside the rank that names them', () => {
    // test/corpus/dawukou-2022-05-industry.txt: cards "县区 22" and "沿黄市辖区排第 7个".
    const dawukou = '1-5月,大武口区规模以上工业增加值增长3%,增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名。';
    expect(caption(dawukou, '22')).toBe('参与排名的县区');
    expect(caption(dawukou, '7')).toBe('参与排名的沿黄市辖区');
    const xs = extractFigures(dawukou);
    expect(countsRanked(at(dawukou, '22'), xs)).toBe(true);
    expect(countsRanked(at(dawukou, '3'), xs)).toBe(false);
    const deck = deckOf('dawukou-2022-05-industry.txt', '2022年1-5月');
    expect(deck.cards.filter((c) => /县区|沿黄/u.test(c.caption) && !/位次/u.test(c.caption))).toEqual([]);
    expect(deck.appendix.filter((p) => p.includes('参与排名的'))).toHaveLength(2);
  });

  it('of the whole a share is of names that whole', () => {
    // test/corpus/binhai-2025-government-work.txt: a card "一般公共预算收入区 16个".
    const binhai = '地区生产总值增长5%左右,一般公共预算收入增长6.3%,占全市16个区总量的45%。';
    expect(caption(binhai, '16')).toBe('全市区数');
  });

  it('says what its members did, however the sentence orders it', () => {
    // test/corpus/meizhou-2023-08-industry-traditional.txt: "企業 32家", and in the appendix "產業 3個", "縣 5個".
    const meizhou = '1-8月,50家重点骨干企业实现增加值147.83亿元,同比增长9.1%。增加值正增长的企业有32家,增速较快的有:立讯智造等。';
    expect(caption(meizhou, '32')).toBe('增加值正增长的企业');
    const picked = '正增长的有电力(20.6%)、电子信息(13.0%)和机电制造(7.6%)等3个产业,负增长的有烟草(-0.4%)、建材(-2.9%)等2个产业。';
    expect(caption(picked, '3')).toBe('正增长的产业');
    expect(caption(picked, '2')).toBe('负增长的产业');
    // test/corpus/huizhou-2021-02-industry.txt: "1-2月增加值同比增速超全市平均水平的行业有14个" (a rate's bound: not this rule's).
    const deck = deckOf('meizhou-2023-08-industry-traditional.txt', '2023年1-8月');
    expect(deck.cards.map((c) => c.caption)).toContain('增加值正增長的企業');
    expect(deck.appendix.map((p) => p.replace(/\*\*|\u3000.*$/gu, ''))).toEqual([
      '正增長的產業',
      '負增長的產業',
      '正增長的縣（市、區）',
      '正增長的縣',
      '負增長的縣（市、區）',
    ]);
  });
});
