/**
 * The report's own outline, for the draft: its headings ("一、…", "（一）…", "1.", 【…】, short lines
 * without a full stop), else its paragraphs' lead sentences ("一是…。", "——…。", "分行业看，"), else its
 * paragraphs titled by their topic. Also the concluding paragraph (总体判断 / 下一步), if the report has one.
 */
import { SOURCE_CLAUSE, isByline } from '../../../shared/bylines';
import { wrappedBreaks } from '../../../shared/extract/wrapped-lines';
import { PREDICATE_FIRST } from './messages';
import { simplifiedChars } from '../../../shared/extract/script';
import { fullWidthPunctuation } from '../../../shared/cjk-punctuation';
import { pageFurniture, withoutFurniture } from '../../../shared/page-furniture';

export interface DraftSection {
  key: string;
  title: string;
  titleEn: string;
  start: number;
  end: number;
}

export interface Conclusion {
  title: '总体判断' | '下一步';
  start: number;
  end: number;
}

interface Line {
  /** The line's words; a hard-wrapped paragraph's lines run on, without their breaks. */
  text: string;
  start: number;
  /** Where it ends in the text (after its last word). */
  end: number;
}

interface Head {
  title: string;
  start: number;
  level: number;
  /** The heading is its line's whole text (not a numbered sentence opening its paragraph). */
  alone?: boolean;
}

const CN = '[一二三四五六七八九十]+';
const SENTENCE_PUNCT = /[。，；：！？,;:!?]/u;
/** A marker the report numbers its parts with; stripped, since the deck numbers its own (01, 02). */
const MARKERS: [RegExp, number][] = [
  [new RegExp(`^${CN}[、.．]\\s*`, 'u'), 1],
  [new RegExp(`^[（(]${CN}[）)]\\s*`, 'u'), 2],
  [/^\d{1,2}[.．、]\s*(?=\D)/u, 3],
];
/** Paragraph lead sentences: "一是工业生产企稳回升。", "——综合实力大幅提升。". */
const LEAD = new RegExp(`^(?:${CN}是|第${CN}[，,、]|——)`, 'u');
/** "分行业看，" "从区域看，": the report's own way of turning to a topic. */
const TURN = /^(?:分|从)([^，,。；]{1,6})(?:看|来看)[，,]/u;
/** Words that open a concluding paragraph. */
const CONCLUDING = /^[“"]?(?:总的来看|总体来看|总体上看|综合来看|总体而言|总之|下一步|下阶段|接下来|今后|展望|面对)/u;
const CONCLUDING_ANYWHERE = /总体平稳|总体向好|稳中有进|下一步|下阶段|接下来/u;
const NEXT_STEP = /下一步|下阶段|接下来|今后|将继续|将着力|将重点|将加快/u;
/** Words before the topic that are not the topic: "据统计，" "值得一提的是，". */
/**
 * A clause of how, under whom or from where, not of what: "按可比价格计算" (辽宁 2012), "在市委市政府的坚强领导下",
 * "在热烈的掌声中", "按照国家统计局公布数据" (黑龙江 2011): no section's topic.
 */
const CIRCUMSTANCE =
  /^(?:按|以)\S{1,12}(?:计算|计)$|^在.{2,}(?:领导下|带领下|指导下|关心下|支持下|推动下|掌声中)$|^(?:按照|根据|依据).*(?:数据|资料|结果|公报|口径)$/u;
/**
 * A clause that only sets the frame of what follows, no topic: "除了长安汽车外" (重庆 2014), "九大支柱产业中" (重庆 2019),
 * "随着项目建设的全力推进", "面对突如其来的新冠肺炎疫情", "进入四季度", "在工业体系上", "另一方面"; nor only when it
 * was said ("昨天上午", 许昌 2014).
 */
const FRAME =
  /^(?:除了?|除开|随着|面对|针对|进入|在|(?:另)?一方面)|(?:外|中|之中|以来|上)$|^(?:昨天|今天|前天|近日|日前)(?:上午|下午|晚上)?$/u;
/** Whether every quotation the clause opens it closes, and the other way round ("萧县遵循“产业集聚、企业集群" does not). */
const quotesClosed = (s: string) => (s.match(/“/gu)?.length ?? 0) === (s.match(/”/gu)?.length ?? 0);
const FILLER = /^(?:据统计|据了解|据介绍|数据显示|统计显示|值得一提的是|此外|另外|同时|其中|目前|近年来|总体上?|今年以来|与此同时)/u;

function lines(text: string): Line[] {
  const out: Line[] = [];
  // A hard-wrapped text's paragraph is one line, however many the page broke it into (wrapped-lines.ts).
  const wraps = new Set(wrappedBreaks(text).map((b) => b.end - 1));
  // A saved page's stray tokens at its lines' ends ("一、过去六年工作回顾Sw7") are no part of a title.
  const furniture = pageFurniture(text);
  let pos = 0;
  let joined: Line | null = null;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    // (Nor a bullet mark opening a point: "■ 全区重点工业项目进展顺利,…", 宁夏 2022.)
    const t = withoutFurniture(
      raw
        .trim()
        .replace(/^#+\s*/u, '')
        .replace(/^[■□●○◆◇▲△★☆•▪►◎]\s*/u, ''),
      furniture,
    );
    const end = pos + raw.trimEnd().length;
    if (joined) {
      joined.text += withoutFurniture(raw.trim(), furniture);
      joined.end = end;
    } else if (t) out.push((joined = { text: t, start: pos + lead, end }));
    if (!wraps.has(pos + raw.length)) joined = null;
    pos += raw.length + 1;
  }
  return out;
}

/** Words that join what comes before to what follows, never a topic: a line of one of them alone is no heading. */
const CONNECTIVE_LINE = /^(?:其中|同时|此外|另外|其次|首先|然后|总之|据悉|据了解|具体来看|具体看)[：:]?$/u;

/** A sentence's end followed by more words: the line goes on past its heading sentence. */
const PARAGRAPH_AFTER = /[。！？]\s*\S/u;

/** A heading line (or a paragraph opening with a numbered heading sentence) and its level; null for prose. */
function headingOf(line: string): { title: string; level: number } | null {
  // A line that is only a connective ("其 中" before the figures it introduces, 宁夏 2022) heads nothing.
  if (CONNECTIVE_LINE.test(line.replace(/\s+/gu, ''))) return null;
  const bracket = /^【([^】]{1,30})】$/u.exec(line);
  if (bracket) return { title: bracket[1], level: 1 };
  for (const [re, level] of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const stop = rest.search(/[。！？]/u);
    const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    if (title.length >= 2 && title.length <= 30 && (stop >= 0 || rest.length <= 30)) return { title, level };
    return null;
  }
  // (A short line of a numbered point, "一是工业更具实力", is the point without its number: the deck numbers its own.)
  if (line.length >= 2 && line.length <= 30 && !SENTENCE_PUNCT.test(line) && /\p{Script=Han}/u.test(line))
    return { title: line.replace(LEAD, '') || line, level: 1 };
  return null;
}

/** The title a paragraph gives itself in its first sentence, if it does. */
function leadOf(p: string): string | null {
  const first = p.split(/[。！？]/u)[0] ?? '';
  if (LEAD.test(p)) {
    const title = first.replace(LEAD, '').trim();
    if (title.length >= 2 && title.length <= 24 && !/\d/u.test(title)) return title;
  }
  if (first.length >= 4 && first.length <= 16 && !/[\d，,；;：:]/u.test(first) && first.length < p.length - 1) return first;
  const turn = TURN.exec(p);
  if (turn) return p.slice(0, turn[0].length - 1);
  return null;
}

/**
 * A paragraph's topic when it names none: its first clause without digits, filler removed. Not a clause that
 * opens with its predicate and names no subject ("增速与上月持平": the growth of what?), which only continues the
 * clause before it.
 */
/** A paragraph's opening among members counted: "8个县(市、区)中", "全市35个工业行业大类中" (simplified). */
const AMONG_COUNTED =
  /^(?:全[市省县区州])?\d+[个家种](县\(市、区\)|县（市、区）|县\(市\)|县区|县市|区县|市州|市\(州\)|市（州）|[县市区]|(?:工业)?行业(?:大类)?|大类行业|产业|园区)中$/u;

function topicOf(p: string): string | null {
  // "8個縣(市、區)中,正增長的有豐順縣(37.8%)…;蕉嶺縣同比持平;…" (梅州 2023): a paragraph opening among places or
  // industries counted is about them (分縣(市、區)看), not about the one its later clause names (蕉嶺縣同比持平).
  const first = p.split(/[，,。；;：:！？]/u)[0].trim();
  const among = AMONG_COUNTED.exec(simplifiedChars(first));
  if (among) return `分${first.slice(among.index + among[0].length - among[1].length - 1, among.index + among[0].length - 1)}看`;
  for (let clause of p.split(/[，,。；;：:！？]/u).slice(0, 4)) {
    const unquoted = clause.replace(/^[“"”]+|[“"”]+$/gu, '');
    // (Not the mark of a quotation the clause opens with: "“十二五”期间", 成都 2016, read 十二五”期间.)
    clause = quotesClosed(unquoted) ? unquoted : clause.trim();
    while (FILLER.test(clause)) clause = clause.replace(FILLER, '');
    // (Nor the number of a point: "一是工业更具实力", 进贤 2018.)
    clause = clause.replace(LEAD, '');
    // (Read in simplified characters: "從自治區統計局獲悉", 广西 2016, titled a section.)
    const read = simplifiedChars(clause);
    if (
      /\d|记者|获悉|表示|介绍|显示|指出|召开/u.test(read) ||
      SOURCE_CLAUSE.test(read) ||
      PREDICATE_FIRST.test(read) ||
      CIRCUMSTANCE.test(read) ||
      FRAME.test(read) ||
      !quotesClosed(clause)
    )
      continue;
    if (clause.length >= 4 && clause.length <= 14) return clause;
  }
  return null;
}

export interface Outline {
  /** The report's own title line, if its first line is one. */
  titleLine: Line | null;
  sections: DraftSection[];
  conclusion: Conclusion | null;
}

/**
 * The sections of a report and its concluding paragraph. `hasFigures(start, end)` says whether a span
 * holds accepted figures: a section without any joins its neighbour, so no divider stands alone.
 */
export function outline(text: string, hasFigures: (start: number, end: number) => boolean = () => true): Outline {
  // Datelines, source and byline lines are neither the title nor a section's (nor the concluding paragraph).
  const all = lines(text).filter((l) => !isByline(l.text));
  const first = all[0];
  const titleLine = first && first.text.length <= 40 && !/[。！？]/u.test(first.text) && all.length > 1 ? first : null;
  const body = titleLine ? all.slice(1) : all;

  let heads: Head[] = [];
  const found = body.map((l) => ({ l, h: headingOf(l.text) })).filter((x) => x.h) as { l: Line; h: { title: string; level: number } }[];
  const top = Math.min(...found.map((x) => x.h.level));
  heads = found
    .filter((x) => x.h.level === top)
    .map((x) => ({ title: x.h.title, start: x.l.start, level: top, alone: !PARAGRAPH_AFTER.test(x.l.text) }));
  // Two heading lines with nothing between them are one heading (a news title and its subtitle); a heading that
  // opens its paragraph ("3. 十大非烟重点行业九升一降。1-8月,…", 云南, held-out set 15) has its text between.
  heads = heads.reduce<Head[]>((acc, h) => {
    const prev = acc[acc.length - 1];
    const between = prev
      ? text
          .slice(prev.start, h.start)
          .split('\n')
          .filter((s) => s.trim()).length
      : 2;
    if (prev && prev.alone && between <= 1 && prev.title.length + h.title.length <= 28) prev.title = `${prev.title}\u3000${h.title}`;
    else acc.push({ ...h });
    return acc;
  }, []);

  if (!heads.length) {
    // No headings: paragraphs that title themselves start a section; the others join the one before.
    for (const l of body) {
      const lead = leadOf(l.text);
      if (lead) heads.push({ title: lead, start: l.start, level: 9 });
    }
    if (heads.length < 2) {
      heads = [];
      let lastTitle = '';
      for (const l of body) {
        // A paragraph without figures titles none ("今年來,全市工信係統…緊緊圍繞市委、市政府決策部署,…" opening 梅州 2023
        // titled the section of its first figures "緊緊圍繞市委、市政府決策部署"): the figures after it are its next one's.
        const topic = hasFigures(l.start, l.end) ? topicOf(l.text) : null;
        if (topic && topic !== lastTitle) heads.push({ title: topic, start: l.start, level: 10 });
        if (topic) lastTitle = topic;
      }
    }
  }

  // The concluding paragraph: the last one, if it opens (or reads) as a judgement or as next steps.
  const last = body[body.length - 1];
  let conclusion: Conclusion | null = null;
  if (last && body.length > 1) {
    const firstSentence = last.text.split(/[。！？]/u)[0] ?? '';
    // A paragraph that opens a section of its own ("三是重点行业总体平稳。") is not the conclusion.
    const opensSection = heads.some((h) => h.start === last.start);
    if (CONCLUDING.test(last.text) || (!opensSection && CONCLUDING_ANYWHERE.test(firstSentence)))
      conclusion = {
        title: NEXT_STEP.test(last.text) && !CONCLUDING_ANYWHERE.test(firstSentence.slice(0, 20)) ? '下一步' : '总体判断',
        start: last.start,
        end: last.end,
      };
  }
  const lastHead = heads[heads.length - 1];
  if (lastHead && /下一步|工作安排|工作打算|下阶段|展望|总体判断/u.test(lastHead.title)) {
    conclusion = { title: /总体判断/u.test(lastHead.title) ? '总体判断' : '下一步', start: lastHead.start, end: text.length };
  }

  // The opening before the first heading is a section of its own when it holds figures.
  const spans: Head[] = [];
  const firstStart = heads[0]?.start ?? text.length;
  if (!heads.length || hasFigures(0, firstStart)) spans.push({ title: '总体情况', start: 0, level: 0 });
  for (const h of heads) spans.push(spans.length ? h : { ...h, start: 0 });
  const bounded = spans.map((h, i) => ({ ...h, end: spans[i + 1]?.start ?? text.length }));
  // A section without figures joins the one before it (the first, the one after it).
  const merged: typeof bounded = [];
  for (const s of bounded) {
    const prev = merged[merged.length - 1];
    if (prev && !hasFigures(s.start, s.end)) prev.end = s.end;
    else if (prev && !hasFigures(prev.start, prev.end)) merged[merged.length - 1] = { ...s, start: prev.start };
    else merged.push({ ...s });
  }
  const sections = merged.map((s, i) => ({
    key: `s${i + 1}`,
    title: fullWidthPunctuation(s.title),
    titleEn: '',
    start: s.start,
    end: s.end,
  }));
  return { titleLine, sections, conclusion };
}
