/**
 * Word documents as a user imports them, in-process and fast (the mutation run of docx.ts, doc.ts and the zip
 * check runs these for every mutant): a .docx's paragraphs and table rows as lines, and each .docx or .doc the
 * reader cannot use refused with its reason. Issue 26.
 */
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/main/readers';
import { DECLINE, FENBIE, makeDocx, TABLE, zipBomb } from './reader-fixtures';
import { refusalOf } from './reader-refusal';

describe('a .docx', () => {
  it('is read as lines: each paragraph (its runs joined) and each table row, cells apart by a tab', async () => {
    const r = await readReport(await makeDocx(['  第二季度以来，工业生产稳步回升。  ']), { name: 'r.docx' });
    expect(r).toEqual({
      text: ['2016年全市工业经济运行情况', DECLINE, FENBIE, ...TABLE.map((row) => row.join('\t')), '第二季度以来，工业生产稳步回升。'].join(
        '\n',
      ),
      reader: 'docx',
      warnings: [],
      // The docx package dates the file it makes (dcterms:created): today, as a file made today (file-date.ts).
      fileDate: expect.objectContaining({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    });
  });

  it('with a picture in it is read around the picture', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('图1 规模以上工业增加值增速'),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 60 } })] }),
            new Paragraph('全市规模以上工业增加值增长10.3%。'),
          ],
        },
      ],
    });
    expect(await readReport(await Packer.toBuffer(doc), { name: 'chart.docx' })).toEqual({
      text: '图1 规模以上工业增加值增速\n全市规模以上工业增加值增长10.3%。',
      reader: 'docx',
      warnings: [],
      // The docx package dates the file it makes (dcterms:created): today, as a file made today (file-date.ts).
      fileDate: expect.objectContaining({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    });
  });

  it('with no text in it is refused, saying so', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(''), new Paragraph('   ')] }] }));
    expect(await refusalOf(empty, 'empty.docx')).toBe('这个 Word 文档中没有文字');
  });

  it('that is damaged or another file renamed is refused, naming what it should be', async () => {
    const good = await makeDocx();
    expect(await refusalOf(good.subarray(0, good.length - 300), 'cut.docx')).toBe('不是有效的 Word 文档（.docx）：文件已损坏或不完整');
    // A zip that passes the check but holds no Word document.
    const JSZip = (await import('jszip')).default;
    const notWord = await new JSZip().file('readme.txt', '说明').generateAsync({ type: 'nodebuffer' });
    expect(await refusalOf(notWord, 'other.docx')).toBe('不是有效的 Word 文档（.docx）：文件已损坏，或是改了扩展名的其他文件');
  });

  it('that is a zip bomb is refused before it is unzipped', async () => {
    expect(await refusalOf(await zipBomb(4), 'bomb.docx')).toMatch(/^拒绝打开：这个 \.docx 解压后是原文件的 \d+ 倍，像是“压缩炸弹”/u);
  });
});

describe('a .doc', () => {
  it('that is damaged is refused, naming what it should be', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0x41)]);
    expect(await refusalOf(ole, 'old.doc')).toBe('不是有效的 Word 97-2003 文档（.doc）：文件已损坏，或是加密的文档');
  });
});
