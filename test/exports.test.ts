/** The export dialog's list and file names (shared/exports.ts): a title never makes a path, every item its own name. */
import { describe, expect, it } from 'vitest';
import { EXPORT_ITEMS, exportFileName, extensionOf, issueFrom, takesIssue } from '../src/shared/exports';
import { REQUESTS } from '../src/shared/api';

describe('exportFileName', () => {
  it('turns a "/" and every character Windows refuses into a space: one file name, never a path', () => {
    expect(exportFileName('重庆/2015：简报', 'brief-gongwen')).toBe('重庆 2015：简报-brief-gongwen.pdf');
    expect(exportFileName('a\\b:c*d?e"f<g>h|i\u0001j', 'pptx')).toBe('a b c d e f g h i j-pptx.pptx');
    expect(exportFileName('../../etc/passwd', 'docx')).toBe('etc passwd-docx.docx');
    for (const title of ['../../etc/passwd', '/', '..', '   ', 'x'.repeat(500)])
      for (const item of EXPORT_ITEMS) {
        const name = exportFileName(title, item);
        expect(name, title).not.toMatch(/[\\/]/);
        expect(name.startsWith('.'), title).toBe(false);
        expect(name.endsWith(`-${item}.${extensionOf(item)}`)).toBe(true);
        expect(name.length).toBeLessThanOrEqual(80 + item.length + 7);
      }
    expect(exportFileName('/', 'brief')).toBe('briefing-brief.pdf');
  });

  it('gives every item of one report a different name', () => {
    const names = EXPORT_ITEMS.map((i) => exportFileName('简报', i));
    expect(new Set(names).size).toBe(EXPORT_ITEMS.length);
  });
});

describe('期号 and the request', () => {
  it('takes a whole number 1…9999 and nothing else', () => {
    expect(issueFrom(' 12 ')).toBe(12);
    expect(issueFrom('9999')).toBe(9999);
    for (const bad of ['0', '10000', '1.5', '-1', 'abc', '', '12x']) expect(issueFrom(bad), bad).toBeNull();
  });

  it('asks for a 期号 only for the 公文 items', () => {
    expect(EXPORT_ITEMS.filter(takesIssue)).toEqual(['brief-gongwen', 'docx-gongwen']);
  });

  it('refuses an empty, repeated or unknown list of items, and a 期号 out of range', () => {
    const schema = REQUESTS['export.files'];
    const ok = { reportId: 1, items: ['brief', 'pptx'], issue: 3, internal: false };
    expect(schema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, items: [] },
      { ...ok, items: ['brief', 'brief'] },
      { ...ok, items: ['../x'] },
      { ...ok, issue: 0 },
      { ...ok, issue: 10000 },
      { ...ok, dir: '/tmp' },
    ])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
