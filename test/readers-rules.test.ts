/**
 * The import readers' rules at their edges, called directly: which reader a file gets and what a refusal
 * says (the message names the problem and what to open instead), how text bytes are decoded and which
 * characters count as readable Chinese, and how a page's DOM becomes lines. Issue 26: the readers' mutation run.
 */
import { describe, expect, it } from 'vitest';
import { chooseReader, readerLabel, readReport, ReadError } from '../src/main/readers';
import { parseHTML } from 'linkedom';
import { decodeText, encodingOf, plausibility } from '../src/main/readers/decode';
import { domLines } from '../src/main/readers/dom-lines';
import { guard } from '../src/main/readers/errors';
import { normaliseText } from '../src/main/readers/normalise';
import { encodeBig5, encodeGbk } from './reader-fixtures';

const ZIP = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00];

/** The ReadError a call throws (fails when it throws nothing or something else). */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('no refusal');
}

describe('choosing a reader', () => {
  it('names each extension the import takes by its reader', () => {
    const text = Buffer.from('工业增加值增长10.3%');
    expect(['a.htm', 'a.html', 'a.xhtml', 'A.HTML'].map((n) => chooseReader(text, n))).toEqual(['html', 'html', 'html', 'html']);
    expect(['a.txt', 'a.md', 'a.markdown', 'a.text'].map((n) => chooseReader(text, n))).toEqual(['text', 'text', 'text', 'text']);
    // A name with no extension, or one the import does not know, is read as text.
    expect(chooseReader(text, 'README')).toBe('text');
    expect(chooseReader(text, 'report.csv')).toBe('text');
  });

  it('refuses other zip formats by what they are, pointing to the formats it reads', () => {
    const zip = Buffer.from(ZIP);
    for (const [name, what] of [
      ['a.xlsx', 'Excel 表格'],
      ['a.pptx', 'PowerPoint 演示文稿'],
      ['a.odt', 'OpenDocument 文档'],
      ['a.wps', 'WPS 文档'],
      ['a.zip', 'ZIP 压缩包'],
    ]) {
      const message = refusal(() => chooseReader(zip, name));
      expect(message).toContain(what);
      expect(message).toContain('.docx、.doc、.pdf、.html 或 .txt');
    }
    // Any other zip is taken for a Word document (its own reader then checks it).
    expect(chooseReader(zip, 'a.docx')).toBe('docx');
    expect(chooseReader(zip, 'noname')).toBe('docx');
  });

  it('refuses old Excel and PowerPoint files, reads an old Word file', () => {
    const ole = Buffer.from(OLE);
    expect(refusal(() => chooseReader(ole, 'a.xls'))).toContain('Excel/PowerPoint 97-2003');
    expect(refusal(() => chooseReader(ole, 'a.ppt'))).toContain('Excel/PowerPoint 97-2003');
    expect(chooseReader(ole, 'a.doc')).toBe('doc');
    expect(chooseReader(ole, 'a.txt')).toBe('doc');
  });

  it('finds a PDF by its header anywhere in the first kilobyte, not later', () => {
    expect(chooseReader(Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from('%PDF-1.4')]), 'scan')).toBe('pdf');
    expect(chooseReader(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.4')]), 'notes.txt')).toBe('text');
  });

  it('refuses a .doc or .docx whose bytes are not one, naming which it claimed to be', () => {
    const text = Buffer.from('只是文字');
    expect(refusal(() => chooseReader(text, 'a.doc'))).toContain('Word 97-2003 文档（.doc）');
    expect(refusal(() => chooseReader(text, 'a.docx'))).toContain('Word 文档（.docx）');
    expect(refusal(() => chooseReader(text, 'a.pdf'))).toContain('PDF 文件');
  });

  it('takes a page without an .html name by its opening tag, after leading blank lines, in any case', () => {
    expect(chooseReader(Buffer.from('\n\n  <!DOCTYPE HTML><p>增长'), 'saved')).toBe('html');
    expect(chooseReader(Buffer.from('<HTML><body>增长'), 'saved')).toBe('html');
    expect(chooseReader(Buffer.from('增长 <html>'), 'saved')).toBe('text');
  });
});

describe('reading a report', () => {
  it('refuses an empty file and a file with no text, saying which', async () => {
    await expect(readReport(new Uint8Array(0), { name: 'a.txt' })).rejects.toThrow(new ReadError('文件是空的'));
    await expect(readReport(Buffer.from('\n \n\t\n'), { name: 'a.txt' })).rejects.toThrow(new ReadError('文件中没有文字'));
  });

  it('names each reader as the review shows it, with the encoding for text and pages only', () => {
    expect(readerLabel({ reader: 'docx' })).toBe('Word 文档');
    expect(readerLabel({ reader: 'doc' })).toBe('Word 97-2003 文档');
    expect(readerLabel({ reader: 'pdf', encoding: 'UTF-8' })).toBe('PDF');
    expect(readerLabel({ reader: 'html', encoding: 'GB18030' })).toBe('网页（GB18030）');
    expect(readerLabel({ reader: 'text', encoding: 'UTF-8' })).toBe('文本（UTF-8）');
    expect(readerLabel({ reader: 'text' })).toBe('文本');
  });
});

describe('decoding text', () => {
  const text = '2016年全市工业增加值增长10.3%，汽车产业下降4.1%。';

  it('refuses a file whose byte-order mark promises an encoding its bytes break', () => {
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text), Buffer.from([0xff, 0xfe, 0xc0])]);
    expect(refusal(() => decodeText(bad))).toMatch(/^文件开头标明是 UTF-8 编码，但内容有无法解码的字节/u);
  });

  it('an encoding the user names that does not exist is refused by name, with ones that do', () => {
    const message = refusal(() => decodeText(Buffer.from(text), { encoding: 'klingon' }));
    expect(message).toContain('“klingon”');
    expect(message).toContain('GB18030');
  });

  it("a page's declared charset is used when it fits, and set aside for detection when it is unknown or does not fit", () => {
    expect(decodeText(encodeGbk(text), { declared: 'gbk' })).toEqual({ text, encoding: 'GB18030' });
    expect(decodeText(Buffer.from(text), { declared: 'x-no-such-charset' })).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(encodeGbk(text), { declared: 'utf-8' })).toEqual({ text, encoding: 'GB18030' });
    expect(decodeText(Buffer.from(text), { declared: ' UTF-8 ' })).toEqual({ text, encoding: 'UTF-8' });
  });

  it('tells Big5 (traditional characters) from GB18030 by what each reading is made of', () => {
    const traditional = '2018年糧食產量13158億斤，比1949年增長4.8倍，年均增長2.6%。全國工業增加值同比增長6.1%，個體工業產值為1.2萬億元。';
    // The Big5 bytes decode as GB18030 too, into rare characters: the reading made of report words wins.
    expect(new TextDecoder('gb18030', { fatal: true }).decode(encodeBig5(traditional))).not.toBe(traditional);
    expect(decodeText(encodeBig5(traditional))).toEqual({ text: traditional, encoding: 'Big5' });
    expect(decodeText(encodeGbk(text))).toEqual({ text, encoding: 'GB18030' });
    const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]); // 中文 in Big5
    expect(decodeText(big5, { encoding: 'big5' })).toEqual({ text: '中文', encoding: 'Big5' });
  });

  it('tells them apart when both readings are Chinese characters: by the share of report words, GB18030 on a tie', () => {
    const gb18030 = (b: Uint8Array) => new TextDecoder('gb18030', { fatal: true }).decode(b);
    const big5 = (b: Uint8Array) => new TextDecoder('big5', { fatal: true }).decode(b);
    // 國產業經萬億 in Big5 reads in GB18030 as 瓣玻穨竒窾货: ideographs too, none of them report words.
    const traditional = '國產業經萬億';
    expect(plausibility(gb18030(encodeBig5(traditional)))).toBe(1);
    expect(decodeText(encodeBig5(traditional))).toEqual({ text: traditional, encoding: 'Big5' });
    // And the other way: 规模以上工业增加值增长 in GBK reads in Big5 as 寞耀眕奻馱珛崝樓硉崝酗.
    const simplified = '规模以上工业增加值增长';
    expect(plausibility(big5(encodeGbk(simplified)))).toBe(1);
    expect(decodeText(encodeGbk(simplified))).toEqual({ text: simplified, encoding: 'GB18030' });
    // 规模加值 (寞耀樓硉 in Big5): no report word in either reading, so the commoner encoding of such files.
    expect(plausibility(big5(encodeGbk('规模加值')))).toBe(1);
    expect(decodeText(encodeGbk('规模加值'))).toEqual({ text: '规模加值', encoding: 'GB18030' });
  });

  it('takes the bytes for a byte-order mark only when the whole mark is there', () => {
    const gbk = (bytes: number[]) => new TextDecoder('gbk', { fatal: true }).decode(new Uint8Array(bytes));
    // GBK text whose first bytes are part of a mark: C8 AB BF (全看), EF A1 BF (铩看), EF BB C8 (锘全), B0 FE (剥).
    for (const start of [
      [0xc8, 0xab, 0xbf, 0xb4],
      [0xef, 0xa1, 0xbf, 0xb4],
      [0xef, 0xbb, 0xc8, 0xab],
      [0xb0, 0xfe],
    ]) {
      const t = `${gbk(start)}${text}`;
      expect(decodeText(encodeGbk(t))).toEqual({ text: t, encoding: 'GB18030' });
    }
    // A page declared in another charset whose first character is ÿ (byte FF): not UTF-16.
    expect(decodeText(Buffer.from([0xff, 0x65, 0x73]), { declared: 'windows-1252' })).toEqual({ text: 'ÿes', encoding: 'WINDOWS-1252' });
  });

  it('names an encoding outside its short list in capitals', () => {
    expect(decodeText(new Uint8Array([0x41, 0xa4]), { encoding: 'windows-1252' })).toEqual({ text: 'A¤', encoding: 'WINDOWS-1252' });
    expect(encodingOf('  GBK ')).toBe('gbk');
    expect(encodingOf('no-such')).toBeNull();
  });

  it('counts what a Chinese report is written in as readable, and what mis-decoded bytes land in as not', () => {
    // Ideographs at both ends of the block, CJK and full-width punctuation, ASCII, tabs and line breaks,
    // dashes, quotes and ellipsis, Roman and circled numerals, ·×÷‰℃.
    for (const ch of [
      '一',
      '\u9fff',
      '\u3000',
      '、',
      '〿',
      '！',
      '\uffef',
      '‐',
      '…',
      '‧',
      'Ⅰ',
      'ⅿ',
      '①',
      '⓿',
      '·',
      '×',
      '÷',
      '‰',
      '℃',
      ' ',
      '~',
      '\t',
      '\n',
      '\r',
    ])
      expect(plausibility(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(1);
    // Yi, Hangul, private use, box drawing, controls, DEL, the characters just outside each block above.
    for (const ch of [
      'ꀀ',
      '한',
      '\ue000',
      '─',
      '\u0001',
      '\u007f',
      '\u4dff',
      '\u2fff',
      '\u3040',
      '\ufeff',
      '\ufff0',
      '\u200f',
      '\u2028',
      '\u215f',
      '\u2180',
      '\u245f',
      '\u2500',
      '\u00b6',
    ])
      expect(plausibility(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(0);
    expect(plausibility('')).toBe(1);
    expect(plausibility('增长ꀀ')).toBeCloseTo(2 / 3);
  });

  it('believes a GB18030 guess only when at least 97% of it reads as Chinese', () => {
    // GB18030's four-byte codes 81 30 81 30.. are the C1 controls U+0080..: what a mis-decoded file shows.
    const c1 = (n: number) => Buffer.from([0x81, 0x30, 0x81, 0x30 + n]);
    const readable = (n: number) => '工业增加值增长'.repeat(15).slice(0, n);
    const threeIn100 = Buffer.concat([encodeGbk(readable(97)), c1(0), c1(1), c1(2)]);
    expect(decodeText(threeIn100)).toEqual({ text: `${readable(97)}\u0080\u0081\u0082`, encoding: 'GB18030' });
    const fourIn100 = Buffer.concat([encodeGbk(readable(96)), c1(0), c1(1), c1(2), c1(3)]);
    expect(refusal(() => decodeText(fourIn100))).toContain('无法识别文件的文字编码');
  });
});

describe('normalising text', () => {
  it('makes every line break a newline, drops controls and byte-order marks, keeps tabs inside a line', () => {
    expect(normaliseText('甲\r\n乙\r丙\u2028丁\u2029戊\u000b己\u000c庚\u0085辛')).toBe('甲\n乙\n丙\n丁\n戊\n己\n庚\n辛');
    expect(normaliseText('增\u0000长\u0008\u000e\u001f\u007f\u0084\u0086\u009f\ufeff10.3%')).toBe('增长10.3%');
    expect(normaliseText('名称\t数值')).toBe('名称\t数值');
  });

  it('trims spaces, tabs and full-width spaces at line ends only; no blank line first, last or twice', () => {
    expect(normaliseText('\n\n\t　 标题 　\t\n\n\n正文　内容\n\n')).toBe('标题\n\n正文　内容');
  });
});

describe('a page as lines', () => {
  const lines = (html: string) => domLines(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);

  it('puts each paragraph, heading, list item and line break on its own line, and drops scripts, styles and forms', () => {
    expect(
      lines(
        '<h1>工业经济运行情况</h1><p>规模以上工业增加值<b>增长</b>10.3%。</p><ul><li>汽车产业</li><li>电子信息</li></ul>' +
          '<p>第一行<br>第二行</p><script>var x = 1;</script><style>p{}</style><noscript>请启用脚本</noscript>' +
          '<button>分享</button><select><option>选项</option></select><textarea>留言</textarea><div>结束</div>',
      ),
    ).toBe('工业经济运行情况\n规模以上工业增加值增长10.3%。\n汽车产业\n电子信息\n第一行\n第二行\n结束');
  });

  it('keeps a table row on one line, its cells apart by a tab, paragraphs inside a cell by a space', () => {
    expect(lines('<table><tr><th>指标</th><th>增速</th></tr><tr><td><p>工业</p><p>增加值</p></td><td>10.3%</td></tr></table>')).toBe(
      '指标\t增速\n工业 增加值\t10.3%',
    );
  });

  it('joins a source line break between two Chinese characters without a space, collapses other white space', () => {
    expect(lines('<p>规模以上工业\n   增加值增长  10.3%，\n比全国高 4.3 个百分点</p>')).toBe(
      '规模以上工业增加值增长 10.3%，比全国高 4.3 个百分点',
    );
  });

  it('keeps the line breaks of preformatted text (a text table pasted into a page)', () => {
    expect(lines('<pre>指标   增速\n工业   10.3%</pre>')).toBe('指标 增速\n工业 10.3%');
    expect(lines('<p>指标   增速\n工业   10.3%</p>')).toBe('指标 增速工业 10.3%');
  });
});

describe('text files and failures inside a reader', () => {
  const text = '2016年全市工业增加值增长10.3%。';

  it('refuses bytes with NULs as binary, but reads UTF-16 (whose text is full of NULs) with either byte order', async () => {
    const binary = Buffer.concat([Buffer.from(text), Buffer.from([0, 1, 2])]);
    await expect(readReport(binary, { name: 'a.txt' })).rejects.toThrow(/^这不是文本文件（含有二进制内容）/u);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(await readReport(le, { name: 'a.txt' })).toMatchObject({ text, encoding: 'UTF-16LE' });
    expect(await readReport(be, { name: 'a.txt' })).toMatchObject({ text, encoding: 'UTF-16BE' });
    // Half a byte-order mark is no mark: the NULs then mean binary.
    const half = Buffer.concat([Buffer.from([0xff, 0x00]), Buffer.from(text, 'utf16le')]);
    await expect(readReport(half, { name: 'a.txt' })).rejects.toThrow(/这不是文本文件/u);
    const otherHalf = Buffer.concat([Buffer.from([0x00, 0xfe]), Buffer.from(text, 'utf16le')]);
    await expect(readReport(otherHalf, { name: 'a.txt' })).rejects.toThrow(/这不是文本文件/u);
    // A file opening with FE or FF but not a whole mark: its NULs are binary too.
    for (const start of [
      [0xfe, 0x41],
      [0x41, 0xff],
      [0xfe, 0xfe],
      [0xff, 0xff],
    ]) {
      const bytes = Buffer.concat([Buffer.from(start), Buffer.from(text), Buffer.from([0, 1, 2])]);
      await expect(readReport(bytes, { name: 'a.txt' })).rejects.toThrow(/^这不是文本文件/u);
    }
  });

  it('an encoding the user names is trusted over the binary check', async () => {
    const utf16NoBom = Buffer.from(text, 'utf16le');
    expect(await readReport(utf16NoBom, { name: 'a.txt', encoding: 'utf-16le' })).toMatchObject({ text, encoding: 'UTF-16LE' });
  });

  it('an error from inside a library becomes a ReadError that says the file cannot be read, keeping the cause', async () => {
    const cause = new TypeError('boom');
    const e = await guard('网页无法解析', () => {
      throw cause;
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ReadError);
    expect(e).toMatchObject({ name: 'ReadError', message: '网页无法解析', cause });
    const own = new ReadError('这个 Word 文档中没有文字');
    await expect(
      guard('不会用到', () => {
        throw own;
      }),
    ).rejects.toBe(own);
    expect(await guard('不会用到', () => 42)).toBe(42);
  });

  it('a file name without an extension, or ending in a dot, is no extension', () => {
    expect(chooseReader(Buffer.from(text), 'report.')).toBe('text');
    expect(chooseReader(Buffer.from(text), 'report.pdf.bak')).toBe('text');
    expect(() => chooseReader(Buffer.from(text), 'report.bak.pdf')).toThrow(ReadError);
    expect(chooseReader(Buffer.from(text))).toBe('text');
  });

  it('a zip is known by all four bytes of its signature, not by the first', () => {
    expect(chooseReader(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0x41]), 'a.txt')).toBe('text');
    expect(chooseReader(Buffer.from([0x50, 0x41, 0x03, 0x04, 0x41]), 'a.txt')).toBe('text');
  });

  it('a file whose text is only blank lines and spaces has no text', async () => {
    await expect(readReport(Buffer.from('   \n\t\n　\n'), { name: 'a.md' })).rejects.toThrow('文件中没有文字');
  });
});
