/** UI strings go through the i18n table: a Chinese literal in a renderer component is a lint error (briefing/no-cjk-literal). */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const eslint = new ESLint({ cwd: ROOT });

async function cjkErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.severity === 2 && m.ruleId === 'briefing/no-cjk-literal').map((m) => `${m.line}: ${m.message}`);
}

describe('no Chinese literal in components', () => {
  it.each([
    ['a string', 'src/renderer/views/x.ts', "export const label = '导出 CSV';"],
    ['a template', 'src/renderer/state/x.ts', 'export const msg = (n: number) => `已导出 ${n} 项`;'],
    ['a Svelte text node', 'src/renderer/views/deck/X.svelte', '<button type="button">开始放映</button>\n'],
    ['a Svelte attribute', 'src/renderer/print/X.svelte', '<nav aria-label="目录"></nav>\n'],
    [
      'a string in a Svelte script',
      'src/renderer/slides/X.svelte',
      '<script lang="ts">\n  const missing = \'数据缺失\';\n</script>\n<p>{missing}</p>\n',
    ],
    [
      'a string in a Svelte expression',
      'src/renderer/App.svelte',
      "<script lang=\"ts\">\n  let en = $state(false);\n</script>\n<p>{en ? 'Keys' : '快捷键'}</p>\n",
    ],
  ])('%s is an error', async (_what, file, code) => {
    const errors = await cjkErrors(file, code);
    expect(errors.join('\n')).toMatch(/Chinese text .* put UI strings in src\/renderer\/lib\/i18n/);
  });

  it('allows comments, regular expressions that read the report, the table itself, and code outside the renderer', async () => {
    expect(await cjkErrors('src/renderer/views/x.ts', '// 放映 / 总览\nexport const year = (s: string) => /(\\d{4})年/u.exec(s);')).toEqual(
      [],
    );
    expect(await cjkErrors('src/renderer/views/X.svelte', '<!-- 目录: the bookmarks -->\n<p>Keys</p>\n')).toEqual([]);
    expect(
      await cjkErrors('src/renderer/views/X.svelte', '<p>Keys</p>\n\n<style>\n  /* 目录 */\n  p {\n    margin: 0;\n  }\n</style>\n'),
    ).toEqual([]);
    expect(await cjkErrors('src/renderer/lib/i18n/x.ts', "export const x = { zh: '目录', en: 'Contents' };")).toEqual([]);
    expect(await cjkErrors('src/main/x.ts', "export const x = '数据库中没有报告';")).toEqual([]);
  });

  it('passes on the renderer as it is', async () => {
    const results = await eslint.lintFiles(['src/renderer/**/*.{ts,svelte}']);
    const hits = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'briefing/no-cjk-literal').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(hits).toEqual([]);
  });
});
