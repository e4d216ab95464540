/**
 * Saved web pages as a user imports them: the charset the page declares, a page that leaves out <html> and
 * <body>, a short article among navigation, the page title kept once, and a page with no article or no text.
 * Issue 26: the mutation run of the page reader (html.ts).
 */
import { describe, expect, it } from 'vitest';
import { readReport, ReadError } from '../src/main/readers';
import { declaredCharset } from '../src/main/readers/html';
import { encodeBig5, encodeGbk } from './reader-fixtures';

const read = (page: string | Uint8Array, encoding?: string) =>
  readReport(typeof page === 'string' ? Buffer.from(page) : page, { name: 'page.html', encoding });

const NAV =
  '<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/xw">新闻中心</a></li><li><a href="/zw">政务公开</a></li></ul></div>';
const FOOTER = '<div class="footer">版权所有 统计局 网站标识码5000000035</div>';
const SIDEBAR =
  '<div class="sidebar"><h3>相关新闻</h3><p>上半年全市规模以上工业增加值增长9.8%，工业经济运行总体平稳。</p><p>一季度全市固定资产投资增长6.1%，重大项目加快推进。</p></div>';
const PARAGRAPH = '全市规模以上工业增加值增长10.3%，汽车产业下降4.1%，电子信息产业增长15.2%，结构持续优化。';
/** A short article: three paragraphs, about 150 characters (Readability's own threshold is 500). */
const ARTICLE = [
  PARAGRAPH,
  '固定资产投资增长7.6%，其中工业投资增长8.5%，技改投资增长20%以上，新动能加快成长。',
  '社会消费品零售总额增长9%，进出口总值增长7%，市场运行总体平稳，物价保持基本稳定。',
];
const articleHtml = ARTICLE.map((p) => `<p>${p}</p>`).join('');

describe('the charset a page declares', () => {
  it('is read from <meta charset> and from http-equiv, quoted or not, with spaces around =', () => {
    const bytes = (head: string) => Buffer.from(`<!doctype html><html><head>${head}</head><body></body></html>`);
    expect(declaredCharset(bytes('<meta charset="gbk">'))).toBe('gbk');
    expect(declaredCharset(bytes('<META CHARSET=Big5>'))).toBe('Big5');
    expect(declaredCharset(bytes(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`))).toBe('gb2312');
    expect(declaredCharset(bytes(`<meta charset = ' utf-8'>`))).toBe('utf-8');
    expect(declaredCharset(bytes('<meta name="keywords" content="统计">'))).toBeUndefined();
    expect(declaredCharset(Buffer.from(`<p>${'字'.repeat(800)}</p><meta charset="gbk">`))).toBeUndefined();
  });

  it('decides a Big5 page whose bytes read as GBK too (统计处 in a Hong Kong heading)', async () => {
    const page = (meta: string) =>
      encodeBig5(`<!doctype html><html><head>${meta}<title>香港統計處</title></head><body><h1>政府統計處</h1></body></html>`);
    const declared = await read(page('<meta charset="big5">'));
    expect(declared).toMatchObject({ encoding: 'Big5' });
    expect(declared.text).toContain('政府統計處');
    // Without it, the guess is GB18030 (a tie of two readings goes to the commoner encoding): the user's --encoding then decides.
    expect((await read(page(''))).encoding).toBe('GB18030');
    expect(await read(page(''), 'big5')).toMatchObject({ encoding: 'Big5', text: expect.stringContaining('政府統計處') });
  });

  it('is not needed: a page with no meta tag is decoded by detection', async () => {
    const r = await read(encodeGbk(`<html><body><p>${PARAGRAPH}</p></body></html>`));
    expect(r).toMatchObject({ text: PARAGRAPH, encoding: 'GB18030', warnings: [] });
  });
});

describe('a page that leaves out <html> and <body>', () => {
  it('is read as a browser shows it: a fragment of paragraphs, a head without a body, plain text saved as .htm', async () => {
    expect((await read(`<meta charset="utf-8"><p>${PARAGRAPH}</p><p>工业投资增长8.5%。</p>`)).text).toBe(
      `${PARAGRAPH}\n工业投资增长8.5%。`,
    );
    expect((await read(`<head><title>运行情况</title></head><body><p>${PARAGRAPH}</p></body>`)).text).toBe(PARAGRAPH);
    expect((await read(`<html><head></head><p>${PARAGRAPH}</p></html>`)).text).toBe(PARAGRAPH);
    expect((await read(PARAGRAPH)).text).toBe(PARAGRAPH);
  });
});

describe('the article of a page', () => {
  it('is found when it is short (three paragraphs among navigation, a sidebar of news and a footer), with no warning', async () => {
    const r = await read(
      `<!doctype html><html><head><meta charset="utf-8"></head><body>${NAV}<div class="article">${articleHtml}</div>${SIDEBAR}${FOOTER}</body></html>`,
    );
    expect(r).toEqual({ text: ARTICLE.join('\n'), reader: 'html', encoding: 'UTF-8', warnings: [] });
  });

  it('keeps the page title as its first line only when the article does not open with it', async () => {
    const page = (title: string, body: string) =>
      `<!doctype html><html><head><title>${title}</title></head><body>${NAV}<div class="article">${body}</div>${FOOTER}</body></html>`;
    // The heading that repeats the title is dropped by Readability: the title comes back as the first line.
    expect((await read(page('工业运行情况', `<h1>工业运行情况</h1>${articleHtml}`))).text).toBe(['工业运行情况', ...ARTICLE].join('\n'));
    // The first paragraph already names it: no line added.
    expect((await read(page('规模以上工业增加值', articleHtml))).text).toBe(ARTICLE.join('\n'));
    // Named only far into the article (past its first 400 characters): still added at the top.
    const long = Array.from({ length: 10 }, () => `<p>${PARAGRAPH.replace('工业增加值', '产值')}</p>`).join('');
    expect((await read(page('工业增加值', `${long}<p>工业增加值增长10.3%。</p>`))).text.split('\n')[0]).toBe('工业增加值');
  });

  it('takes the title a page’s structured data gives (untrimmed there) as it reads', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      name: ' 全市规模以上工业 ',
      headline: '工业运行',
    });
    const r = await read(
      `<!doctype html><html><head><title>工业运行</title><script type="application/ld+json">${ld}</script></head><body>${NAV}<div class="article">${articleHtml}</div>${FOOTER}</body></html>`,
    );
    // The article opens with the title: it is not added again as a line of its own.
    expect(r.text).toBe(ARTICLE.join('\n'));
  });

  it('when there is none, the whole page is read and the user is told so', async () => {
    const r = await read('<html><head><title>工业增长10.3%</title></head><body><h1>工业增长10.3%</h1></body></html>');
    expect(r).toEqual({
      text: '工业增长10.3%',
      reader: 'html',
      encoding: 'UTF-8',
      warnings: ['没有找到网页的正文部分，读取了整个页面（可能含导航、页脚等）'],
    });
  });

  it('a page with no text at all is refused, saying so', async () => {
    for (const page of ['<html><body><script>var x = 1;</script></body></html>', '<!-- 注释 -->', '  \n  ', '<pre>\u2003\u2003</pre>'])
      await expect(read(page)).rejects.toThrow(new ReadError('网页中没有文字'));
  });
});
