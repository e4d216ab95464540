/**
 * Headless verbs over the same store and handlers as the app:
 *   npm run -s cli -- init [--db PATH]
 *   npm run -s cli -- facts --json [--db PATH] [--report ID|KEY]
 *   npm run -s cli -- extract FILE --json [--encoding NAME]
 *   npm run -s cli -- export-pdf --layout slides|handout|handout-2|handout-3|handout-6|brief|brief-gongwen --out FILE [--db PATH] [--report ID|KEY] [--chromium PATH] [--internal] [--issue N]
 *   npm run -s cli -- export-pdf --layout slides,handout,brief --out-dir DIR [same options]   (one browser, one store open)
 *   npm run -s cli -- export-pptx --out FILE [--db PATH] [--report ID|KEY]
 *   npm run -s cli -- export-docx --out FILE [--db PATH] [--report ID|KEY] [--layout brief|brief-gongwen] [--issue N]
 *   npm run -s cli -- import FILE [--db PATH] [--encoding NAME]
 * stdout carries only the requested data; messages go to stderr; bad usage exits 2, failures exit 1.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseIssue, pdfFileName, PRINT_LAYOUTS } from '../shared/print';
import { userDataDir } from './data-dir';
import { configureLog, log } from './log';
import { isoDay } from './readers/file-date';
import { findResourcesDir } from './paths';
import { UnknownReportError } from './pdf/errors';
import { checkLayout, exportPdfs } from './pdf/export';
import type { OfficeFormat } from './export/run';
import { DOCX_LAYOUTS, type DocxLayout, type DocxOptions } from './export/docx-layouts';

// Each verb loads what it needs when it runs (the store, the extractor, the readers, the exporters): a verb
// starts without compiling the others' code, and export-pdf starts Chromium before it loads the store.
const storeModule = () => import('./default-store');
const USAGE = `用法：npm run -s cli -- <命令> [选项]

命令：
  init [--db PATH]           新建一个简报数据库并导入内置报告（文件已存在时不作改动）
  facts --json [--db PATH] [--report R]
                             以 JSON 数组输出数据项（含原文引句与位置）：给了 --report 只输出该报告的，否则输出全部报告的
  extract FILE --json [--encoding NAME] [--as-of 时期]
                             从报告文件中找出数据项，以 JSON 数组输出（不写数据库）；
                             接受 .docx、.doc、文字版 .pdf、网页 .html/.htm、.txt/.md（UTF-8、UTF-16、GBK/GB18030）；
                             --as-of 为正文未注明时期的数据指定时期（如 2019年）
  export-pdf --layout L --out FILE [--db PATH] [--report R] [--chromium PATH] [--internal] [--issue N]
  export-pdf --layout L1,L2,… --out-dir DIR [同上]
                             导出 PDF：L 为 slides（16:9 幻灯片）、handout（A4 讲义，每页一张附讲稿）、
                             handout-2 / handout-3（附笔记线）/ handout-6（每页 2、3、6 张）、
                             brief（A4 简报）或 brief-gongwen（公文版式简报，--issue N 为期号，默认 1）；
                             R 为报告编号或标识（默认：最近在简报台中打开的报告，否则第一份）；
                             --internal 标注“内部资料”；需要本机的 Chromium 与 npm run build 的产物；
                             几种版式一次导出（同一个浏览器、只打开一次数据库）：--layout 用逗号隔开，
                             --out-dir DIR 下每种版式一个文件（slides.pdf、handout.pdf、brief.pdf …）；
                             任何一种失败则一个文件也不写
  export-pptx --out FILE [--db PATH] [--report R]
                             导出 PowerPoint（.pptx）：每页一张幻灯片，原生图表可编辑，备注附每个数据的原文出处
  export-docx --out FILE [--db PATH] [--report R] [--layout brief|brief-gongwen] [--issue N]
                             导出 Word 简报（.docx）：报头、分节正文、图表（图 1-1 …）与数据一览附录；
                             --layout brief-gongwen 为公文版式（红头、期号 --issue N，默认 1）
                             R 为报告编号或标识（默认：最近打开的报告，否则第一份）
  import FILE [--db PATH] [--encoding NAME] [--title T] [--org 单位] [--date YYYY-MM-DD] [--as-of 时期]
                             导入一份新报告（格式同 extract）：接受找到的全部数据项，自动起草简报（导入前自动备份）

选项：
  --report R  报告编号或标识（如 cq-2015）；写错时列出全部可用的报告
  --db PATH   数据库文件（默认：用户数据目录下的 briefing.sqlite）；必须已存在，新建请用 init
  --encoding NAME  文本或网页的编码（如 GB18030、UTF-16LE），不写则自动识别
  --chromium PATH  浏览器（默认：环境变量 CHROME_PATH、/usr/bin/chromium 或 Playwright 的浏览器）
  -h, --help  显示本帮助`;

class UsageError extends Error {}

async function facts(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, db: { type: 'string' }, report: { type: 'string' } },
    strict: true,
  });
  if (!values.json) throw new UsageError('facts 目前只支持 JSON 输出：请加 --json');
  const [{ openDefaultStore }, { allFigures }, { findReport, listReports, unknownReportMessage }] = await Promise.all([
    storeModule(),
    import('./store/figures'),
    import('./store/reports'),
  ]);
  const store = openDefaultStore({ db: values.db, readOnly: true });
  try {
    let figures = allFigures(store.db);
    if (values.report !== undefined) {
      const report = findReport(store.db, values.report);
      if (!report) throw new UsageError(unknownReportMessage(values.report, listReports(store.db)));
      figures = figures.filter((f) => f.reportId === report.id);
    }
    const rows = figures.map((f) => ({
      id: f.id,
      report: f.report,
      section: f.section,
      label: f.label,
      value: f.valueText,
      number: f.value,
      unit: f.unit,
      period: f.period,
      kind: f.kind,
      status: f.status,
      qualifier: f.qualifier,
      scope: f.scope,
      quote: f.quote,
      start: f.quoteStart,
      end: f.quoteEnd,
      valueStart: f.valueStart,
      valueEnd: f.valueEnd,
    }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  } finally {
    store.close();
  }
}

async function init(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } }, strict: true });
  const { defaultStoreOptions, openDefaultStore } = await storeModule();
  const { path } = defaultStoreOptions({ db: values.db });
  if (existsSync(path)) throw new Error(`${path} 已存在，未作任何改动：init 只新建数据库`);
  openDefaultStore({ db: values.db, create: true }).close();
  console.error(`已新建简报数据库 ${path}（含内置报告）`);
}

/**
 * A report file → its text, through the one safe read (regular files only, at most the limit + 1 bytes) and
 * the reader its content calls for; the reader and encoding used go to stderr.
 */
async function readFileReport(path: string, encoding: string | undefined) {
  const { readerLabel, readReport, readReportFile } = await import('./readers');
  const r = await readReport(await readReportFile(path), { name: basename(path), encoding });
  console.error(`读取方式：${readerLabel(r)}`);
  for (const w of r.warnings) console.error(`注意：${w}`);
  return r;
}

async function readReportText(path: string, encoding: string | undefined): Promise<string> {
  return (await readFileReport(path, encoding)).text;
}

async function extract(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, encoding: { type: 'string' }, 'as-of': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('extract 需要且只需要一个文件');
  if (!values.json) throw new UsageError('extract 目前只支持 JSON 输出：请加 --json');
  const { extractFigures } = await import('../shared/extract');
  const found = extractFigures(await readReportText(resolve(positionals[0]), values.encoding), { asOf: values['as-of'] });
  process.stdout.write(JSON.stringify(found, null, 2) + '\n');
}

/**
 * The organisation stored for an imported report whose text names none and whose importer gave none: it shows on the
 * title slide, so in the report's own script (a 繁體 report's deck says 未注明發布單位, shared/deck-script.ts).
 */
const NO_ORG = '（未注明发布单位）';

async function importVerb(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      encoding: { type: 'string' },
      title: { type: 'string' },
      org: { type: 'string' },
      date: { type: 'string' },
      'as-of': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('import 需要且只需要一个文件');
  const read = await readFileReport(resolve(positionals[0]), values.encoding);
  const text = read.text;
  const [
    { extractFigures },
    { reportAsOf },
    { reportTitle },
    { reportSource },
    { openDefaultStore },
    { importReport },
    { findReport },
    { isTraditionalText },
    { inTraditional },
  ] = await Promise.all([
    import('../shared/extract'),
    import('../shared/report-as-of'),
    import('../shared/report-title'),
    import('../shared/report-source'),
    storeModule(),
    import('./store/import'),
    import('./store/reports'),
    import('../shared/extract/script'),
    import('../shared/deck-script'),
  ]);
  const noOrg = isTraditionalText(text) ? inTraditional(NO_ORG) : NO_ORG;
  const figures = extractFigures(text, { asOf: values['as-of'] });
  // Who published it and when, as its opening says ("从湖南省统计局获悉", a dateline), unless given.
  const source = reportSource(text);
  // The text's own date, else the file's (a page's publication mark, a PDF's or Word file's creation date: its
  // note says which); none found and none given: stored empty (the cover and exports print none), never today's.
  const fileDate = values.date === undefined && !source.published ? read.fileDate : undefined;
  if (fileDate) console.error(`注意：${fileDate.note}`);
  const date = values.date ?? source.published ?? fileDate?.date ?? '';
  if (values.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDay(date) !== date))
    throw new UsageError(`--date 应写成存在的日期，如 2016-02-04，收到：${date}`);
  const meta = {
    // (Its date gives a title built from place, period and subject the year its text leaves out: report-title.ts.)
    title: values.title ?? reportTitle(text, date || undefined),
    organisation: values.org ?? source.organisation ?? noOrg,
    published: date,
    // The time the report is about, as its own text says (src/shared/report-as-of.ts).
    asOf: values['as-of'] ?? reportAsOf(text, figures, `${date.slice(0, 4) || new Date().getFullYear()}年`),
  };
  const store = openDefaultStore({ db: values.db });
  try {
    const result = importReport(store.db, store.path, meta, text, figures);
    const key = findReport(store.db, result.reportId)?.key;
    process.stdout.write(JSON.stringify({ ...result, key, figures: figures.length, title: meta.title }) + '\n');
    console.error(
      `已导入《${meta.title}》：${figures.length} 项数据，报告编号 ${result.reportId}（--report ${key}）；` +
        `${meta.organisation === noOrg ? '未注明发布单位（可用 --org 指定）' : `发布单位：${meta.organisation}`}，${meta.published ? `发布日期：${meta.published}` : '正文中没有找到发布日期（可用 --date 指定；封面和导出文件不写日期）'}。请在简报台中逐项核对。`,
    );
  } finally {
    store.close();
  }
}

/** `--layout slides,handout,brief`: the layouts named, each once; any unknown one is refused before anything starts. */
function parseLayouts(raw: string): string[] {
  const layouts = raw.split(',').map((l) => l.trim());
  for (const l of layouts) {
    try {
      checkLayout(l);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const twice = layouts.find((l, i) => layouts.indexOf(l) !== i);
  if (twice) throw new UsageError(`--layout 中 ${twice} 出现了两次`);
  return layouts;
}

async function exportPdfVerb(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      layout: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      db: { type: 'string' },
      report: { type: 'string' },
      chromium: { type: 'string' },
      internal: { type: 'boolean' },
      issue: { type: 'string' },
    },
    strict: true,
  });
  if (!values.layout) throw new UsageError(`export-pdf 需要 --layout（${PRINT_LAYOUTS.join('|')}，几种用逗号隔开）`);
  const layouts = parseLayouts(values.layout);
  const outDir = values['out-dir'];
  if (values.out !== undefined && outDir !== undefined) throw new UsageError('--out 与 --out-dir 只能给一个');
  if (outDir === undefined && layouts.length > 1)
    throw new UsageError(`导出几种版式时请用 --out-dir DIR（每种版式写入 DIR/版式.pdf），而不是 --out`);
  if (outDir === undefined && !values.out) throw new UsageError('export-pdf 需要 --out FILE（要写入的 PDF 文件）或 --out-dir DIR');
  let issue: number;
  try {
    issue = parseIssue(values.issue);
  } catch (e) {
    throw new UsageError(`--issue：${(e as Error).message}`);
  }
  const jobs = layouts.map((layout) => ({
    layout,
    out: outDir === undefined ? (values.out as string) : join(outDir, pdfFileName(layout)),
  }));
  const resources = findResourcesDir(__dirname);
  const results = await exportPdfs({
    jobs,
    report: values.report,
    openStore: async () => (await storeModule()).openDefaultStore({ db: values.db, resourcesDir: resources, readOnly: true }),
    rendererDir: join(resources, '..', 'out', 'renderer'),
    internal: !!values.internal,
    issue,
    chromium: values.chromium,
  }).catch((e: unknown) => {
    throw e instanceof UnknownReportError ? new UsageError(e.message) : e;
  });
  for (const r of results) console.error(`已导出 ${r.path}（${(r.bytes / 1024).toFixed(0)} KB，${(r.ms / 1000).toFixed(1)} 秒）`);
}

const OFFICE_NAMES: Record<OfficeFormat, string> = { pptx: 'PowerPoint 文件（.pptx）', docx: 'Word 文件（.docx）' };

/** export-docx's --layout and --issue, checked as export-pdf checks its own (a usage error, exit 2). */
function docxOptions(values: { layout?: string; issue?: string }): DocxOptions {
  const layout = values.layout ?? 'brief';
  if (!(DOCX_LAYOUTS as readonly string[]).includes(layout))
    throw new UsageError(`export-docx：未知的版式 ${layout}（可选：${DOCX_LAYOUTS.join('、')}）`);
  try {
    return { layout: layout as DocxLayout, issue: parseIssue(values.issue) };
  } catch (e) {
    throw new UsageError(`--issue：${(e as Error).message}`);
  }
}

function officeVerb(format: OfficeFormat) {
  return async (args: string[]): Promise<void> => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        db: { type: 'string' },
        report: { type: 'string' },
        ...(format === 'docx' ? { layout: { type: 'string' as const }, issue: { type: 'string' as const } } : {}),
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`export-${format} 不接受多余的参数：${positionals.join(' ')}`);
    if (!values.out) throw new UsageError(`export-${format} 需要 --out FILE（要写入的${OFFICE_NAMES[format]}）`);
    const docx = format === 'docx' ? docxOptions(values as { layout?: string; issue?: string }) : undefined;
    const [{ exportOffice }, { openDefaultStore }] = await Promise.all([import('./export/run'), storeModule()]);
    const r = await exportOffice({
      format,
      out: values.out,
      report: values.report,
      docx,
      openStore: () => openDefaultStore({ db: values.db, readOnly: true }),
    }).catch((e: unknown) => {
      throw e instanceof UnknownReportError ? new UsageError((e as Error).message) : e;
    });
    console.error(`已导出 ${r.path}（${r.slides} 张幻灯片的内容，${(r.bytes / 1024).toFixed(0)} KB，${(r.ms / 1000).toFixed(1)} 秒）`);
  };
}

const VERBS: Record<string, (args: string[]) => void | Promise<void>> = {
  init,
  facts,
  extract,
  import: importVerb,
  'export-pdf': exportPdfVerb,
  'export-pptx': officeVerb('pptx'),
  'export-docx': officeVerb('docx'),
};

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === '-h' || verb === '--help' || verb === 'help') {
    console.log(USAGE);
    return 0;
  }
  const run = verb ? VERBS[verb] : undefined;
  configureLog(userDataDir(), 'cli');
  try {
    if (!run) throw new UsageError(verb ? `未知命令：${verb}` : '缺少命令');
    await run(rest);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    log('cli.error', { verb, code: err.code ?? err.name });
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`错误：${err.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`错误：${err.message}`);
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
