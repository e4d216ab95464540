/**
 * The title a new report is stored with when the person importing it gives none. Its first line when that
 * reads as a headline (short, and not a sentence); else the lead of its first sentence, without the clauses
 * that only say where the news came from ("24日从省经信委获悉", "据…消息", "本报讯"), up to the first clause
 * that holds a figure, at most TITLE_MAX characters. A lead that says nothing whole within that (it only sets the
 * scene, or is cut at the limit) and a first line that names only a time or a place give way to a title built
 * from the report's place, period and subject ("梅州市1-8月工業經濟運行情況"). `cli import` and the 导入报告 dialog
 * both use it, so the same text is stored with the same title either way.
 */

import { SOURCE_CLAUSE, isByline } from './bylines';
import { ownPeriod } from './extract/report-reading';
import { isTraditionalText } from './extract/script';
import { BRACKET_TONE, GLOSS } from './extract/text-forms';

export const TITLE_MAX = 40;

/** A page's table of its document's fields: "成文日期 | 发布日期 | 2023-12-12 |" (乌拉特后旗 2023). */
const PAGE_FIELDS = /^[|｜\s]*(?:成文日期|发布日期|發布日期|发文字号|索引号|发布机构|主题分类)\s*[|｜:：]/u;
/** Bars and spaces around a headline: "| 2026年政府工作报告 |". */
const FRAMED = /^[|｜│\s]+|[|｜│\s]+$/gu;

/** A lead clause that only says where the news came from, or when it was heard (beside bylines.ts's SOURCE_CLAUSE). */
const SOURCE =
  /(?:获悉|獲悉|消息|报道|報道|報導|显示|顯示|表示|介绍|介紹|公布|公佈|了解到|瞭解到)$|^(?:日前|近日|近期|目前)$|^本[报報][讯訊]|^[据據]|^[记記]者|^\d{1,2}月?\d{1,2}日(?:电|電|讯|訊)?$/u;
/**
 * A news agency's opening ("东北网12月12日讯(记者 李倩)", "【香港商報網訊】記者 王藝橋 報導:", "中新网海口7月25日电 (记者
 * 王晓斌)", 海南 2023; "大公网长春17日电(大公报记者赵文博)", 长春高新区 2014, its day without the month), before the first clause;
 * in traditional characters too (北京 2022, 辽宁 2019).
 */
const WIRE =
  /^【[^】]{0,16}[讯訊]】\s*(?:[记記]者[^，,:：]{0,12}(?:报道|報道|報導)?[:：])?\s*|^[^，。]{0,16}?[讯訊]\s*(?:[（(][^）)]*[）)])?\s*|^[^，。]{0,12}?\d{1,2}(?:月\d{1,2})?日[电電]\s*(?:[（(][^）)]*[）)])?\s*|[（(]\s*[记記]者[^）)]*[）)]/gu;
/**
 * The reporters a lead opens with, after its wire's name: "全媒体记者陈春伟 实习生郭正怡报道:" (江西 2025, 大江网), up to the
 * colon of their 报道.
 */
const REPORTERS = /^[^，。:：]{0,8}?[记記]者[^，。:：]{1,24}?(?:报道|報道|報導)[:：]\s*/u;
/** A lead's clause of only when: "1月20日上午" (安徽 2025), "今天下午" (杭州 2011). */
const WHEN = /^(?:\d{1,2}月\d{1,2}日|今天|昨天|今日|昨日)(?:上午|下午|晚间|晚上|晚)?$/u;
/** A lead's clause of only the circumstance: "在新增企业和部分大型企业回升的拉动下" (芜湖 2013). */
const UNDER = /^在.{2,24}(?:下|中)$/u;
/**
 * A line above the text that names nothing: the salutation a speech opens with ("各位代表:", 包头 2012), the speaker and
 * date in brackets ("(2011年1月20日 徐守盛)", 湖南 2010), a page's date ("日期查询:2018年01月24日", 山西 2017).
 */
const NO_HEADLINE =
  /^[^，。,]{2,8}[:：]$|^[（(][^（）()]{0,30}[）)]$|^[^，。,]{0,8}[:：]\s*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?$/u;
const PLACE_ONLY = /^\p{Script=Han}{2,6}?(?:省|市|自治区|自治區|区|區|县|縣|州|旗|盟)$/u;
/** A headline that is only a time or only a place ("2022年1-2月份", 长治 2022; "2024年1—10月"; "宜昌市"): no title. */
const ONLY_WHEN = /^[\d\s年月日至—–\-~～份度季上下半前后一二三四]+$/u;
const onlyWhenOrWhere = (line: string): boolean => ONLY_WHEN.test(line) || PLACE_ONLY.test(line);
/**
 * A lead that only sets the scene, before it says anything: a cause or circumstance ("受工业品价格上涨…等因素影响", "由于…
 * 停产检修", "面对…", "在市委、市政府坚强领导下", "为实现…"), or how its officials worked ("全市工信係統認真貫徹落實…精神",
 * "全市上下坚持以…为统领", "县委、县政府团结带领全县上下"): no title, however whole (梅州 2023, 大武口 2022).
 */
const SCENE =
  /^现在|^現在|^(?:受|由于|由於|面对|面對|随[着著]|隨著|为了?|為了?|在|按照|根据|根據)|(?:影响|影響|[之的]下)$|上下|贯彻|貫徹|坚持以|堅持以|紧紧围绕|緊緊圍繞|统筹|統籌|团结带领|團結帶領|深入学习|深入學習|决策部署|決策部署|精神$|为统领|為統領|为指导|為指導|为引领|為引領|之年$|高举|高舉|旗帜|旗幟/u;
/** A clause that holds a figure, not only a date ("2019年", "12月12日"). */
const FIGURE = /\d(?![\d.]*[年月日])/u;

/** A heading numbered as one of a list ("一是工业生产企稳回升。", "一、发展现状与环境", "（一）…", "1."): no report's title. */
const NUMBERED = /^(?:[一二三四五六七八九十]+(?:是|、)|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/u;

/**
 * The clause of a news lead that names the report it is about ("安徽省省长王清宪作政府工作报告", "襄陽市第十八屆人民代表大會第
 * 二次會議上的市政府工作報告提出"): its name without the verb that opens what it says.
 */
const NAMES_REPORT = /^(.{4,}?(?:政府工作|统计|統計)?(?:报告|報告|公报|公報))(?:中)?(?:提出|指出|显示|顯示|强调|強調)?$/u;

/**
 * `published` ("2022-06-21"): the report's date, when known (as given or read), for a built title whose text names its
 * months but no year ("1-5月份…", 大武口 2022).
 */
export function reportTitle(text: string, published?: string): string {
  const lead = titleOf(text, 0);
  // A lead cut before it says anything ("1-5月份，受工业品价格上涨、同期基数增加等因素影响", 大武口 2022; "今年來，全市工信係統
  // 認真貫徹落實梅州市…精神", 梅州 2023) is no title: the report's place, period and subject are (builtTitle).
  return lead.whole ? lead.title : (builtTitle(text, published) ?? lead.title);
}

interface Lead {
  title: string;
  /** It is a headline, a report's name or a whole statement (its sentence whole, or up to a clause that holds a figure). */
  whole: boolean;
}

function titleOf(text: string, depth: number): Lead {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  let k = 0;
  while (k < lines.length - 1 && k < 3 && (isByline(lines[k]) || PAGE_FIELDS.test(lines[k]) || NO_HEADLINE.test(lines[k]))) k++;
  // "| 2026年政府工作报告 |" (滨海新区 2025, a page's banner): the bars that frame a headline are no part of it.
  let first = (lines[k] ?? '').replace(FRAMED, '');
  // A report that opens with its first numbered point (河南 2022 上半年: "一是工业生产企稳回升。上半年，…") has no headline:
  // the title is drawn from the lead after it. A numbered heading on a line of its own ("一、2018年政府工作回顾") names the
  // report's first part, the best name it has, without its number.
  const heading = NUMBERED.test(first) ? /^[^。！？，,；;]*[。！？]/u.exec(first) : null;
  if (heading && heading[0].length < first.length && depth < 2) {
    const after = titleOf([first.slice(heading[0].length), ...lines.slice(k + 1)].join('\n'), depth + 1);
    if (after.title) return after;
  }
  if (!heading && NUMBERED.test(first) && !/[，,。；;]/u.test(first)) first = first.replace(NUMBERED, '').trim();
  if (Array.from(first).length <= TITLE_MAX && !/[。！？!?]/u.test(first.slice(0, -1)) && !/[。！？]$/u.test(first))
    return { title: first, whole: !onlyWhenOrWhere(first) };
  // (A stray mark left after the wire's name, "本刊訊? 2017年度…" (山东 2017), goes with it.)
  const sentence = first
    .split(/[。！？]/u)[0]
    .replace(WIRE, '')
    .replace(REPORTERS, '')
    .replace(/^[\s?？:：]+/u, '');
  const clauses = sentence
    .replace(/（[^）]*）|\([^)]*\)/gu, '')
    .split(/[，,；;]/u)
    // (A page that ends its sentences with an ASCII point, "…部署2014年重点工作." (大公网 2014), ends no title with it.)
    .map((c) =>
      c
        .trim()
        .replace(/^[“"]/u, '')
        .replace(/(?<=\p{Script=Han})[.．]$/u, ''),
    );
  while (
    clauses.length > 1 &&
    (SOURCE.test(clauses[0]) || SOURCE_CLAUSE.test(clauses[0]) || WHEN.test(clauses[0]) || UNDER.test(clauses[0]))
  )
    clauses.shift();
  // A lead about a report names it (安徽 2025, 襄阳 2022): the report's name is the title, not the meeting's news.
  for (const c of clauses.slice(0, 3)) {
    const named = NAMES_REPORT.exec(c);
    if (named && Array.from(named[1]).length <= TITLE_MAX) return { title: named[1], whole: true };
  }
  let title = '';
  // Whether the title says something whole: no clause of it only sets the scene (SCENE), none is cut.
  let whole = true;
  for (const c of clauses) {
    // "…統計公報，其中顯示" (国家统计局 2022): a short clause that only says where the figures come from adds nothing.
    if (title && c.length <= 6 && SOURCE.test(c)) continue;
    const next = title ? `${title}，${c}` : c;
    // Too long with the next clause: a title that is only its time ("2018年5月") takes it anyway, cut.
    if (title && Array.from(next).length > TITLE_MAX) {
      if (Array.from(title).length < 10) title = next;
      break;
    }
    title = next;
    if (SCENE.test(c)) whole = false;
    if (FIGURE.test(c) && Array.from(title).length >= 10) break;
  }
  const chars = Array.from(title);
  // Cut at the limit, never inside a number ("…分别达2." → "…分别达").
  const cut =
    chars.length <= TITLE_MAX
      ? title
      : chars
          .slice(0, TITLE_MAX)
          .join('')
          .replace(/[\d.．]+$/u, '');
  if (cut !== title || onlyWhenOrWhere(cut)) whole = false;
  const shut = closed(cut, sentence);
  return { title: shut.title, whole: whole && shut.whole };
}

/** The name of a document the report is: "…所作的《政府工作报告》". */
const DOCUMENT = /^《([^《》]{2,30}(?:报告|公报|纲要|规划|计划|方案|意见))》/u;

/**
 * A title never ends inside 《》 or “”: cut inside a document's name, it is that document (国务院 2023: "新华社受权于14日全文
 * 播发李克强总理…上所作的《" → 政府工作报告); inside a quotation, the quotation is marked as going on (兰州 2012:
 * "…将按照“盯紧一套目标，打好三场攻坚战，抓好六个重点" → "…抓好六个…”").
 */
function closed(title: string, sentence: string): Lead {
  const book = title.lastIndexOf('《');
  if (book >= 0 && !title.includes('》', book)) {
    const at = sentence.indexOf(title.slice(book));
    const name = at >= 0 ? DOCUMENT.exec(sentence.slice(at)) : null;
    if (name) return { title: name[1], whole: true };
    return { title: title.slice(0, book).replace(/[，,的]+$/u, ''), whole: false };
  }
  const quote = title.lastIndexOf('“');
  if (quote >= 0 && !title.includes('”', quote))
    return {
      title: `${Array.from(title)
        .slice(0, TITLE_MAX - 2)
        .join('')}…”`,
      whole: true,
    };
  return { title, whole: true };
}

/** What a report is, in words a title ends with, in simplified and traditional characters. */
const SUBJECTS: { when: RegExp; simplified: string; traditional: string; dated: boolean }[] = [
  { when: /政府工作[报報]告|向大[会會][报報]告(?:政府)?工作/u, simplified: '政府工作报告', traditional: '政府工作報告', dated: false },
  { when: /[统統][计計]公[报報]/u, simplified: '国民经济和社会发展统计公报', traditional: '國民經濟和社會發展統計公報', dated: true },
  { when: /地区生产总值|地區生產總值|GDP/u, simplified: '经济运行情况', traditional: '經濟運行情況', dated: true },
  { when: /工[业業]/u, simplified: '工业经济运行情况', traditional: '工業經濟運行情況', dated: true },
];

/** The report's own place named as a whole ("全市"): the level its name ends with. */
const OWN = /(?<=^|[，。；：,;:\s])(?:全|我)([国國省市州县縣区區盟旗])/gmu;
const LEVEL_OF: Record<string, string> = { 國: '国', 縣: '县', 區: '区' };
/** Names ending in a level that are no place of the report's own: "自治区" alone, 园区, 经开区, 地区, 城区, "制造强省", "农业大省". */
const NOT_A_PLACE =
  /^(?:[几幾多两兩]|自治|经开|經開|高新|开发|開發|[园園城地山社景辖轄林库庫片厂廠矿礦市县縣省区區州])|[全我本该該各等国國]|[大强強部]$/u;
/**
 * What may stand right before a place's name: a clause's start, a time's end ("1-5月份，大武口区…", "今年天津市"), a closing
 * quotation mark, or a word that takes a place after it ("记者从贵州省", "落實梅州市").
 */
const BEFORE_PLACE =
  /(?:^|[\s，。；：,;:、（(“"”】\]]|[月年度季份]|[从從据據在对對由为為是与與和及将將把到]|落实|落實|贯彻|貫徹|推动|推動|支撑|支撐|助力|拉动|拉動|带动|帶動)$/u;
/** The level's character not ending a name: "市委", "市政府", "县人大", "市长". */
const NOT_A_NAME_AFTER = /^[委政人长長属屬直辖轄级級场場民外内內]/u;
/** How far into the text the report names its own place. */
const PLACE_WITHIN = 300;

/**
 * A title made of the report's place, period and what it is ("梅州市2023年1-8月工业经济运行情况"), for a text whose opening
 * is no headline and whose lead says nothing whole within a title's length; null when it names no period.
 * The place is the first named with the level the report calls its own (全市 → …市), or none.
 */
function builtTitle(glossed: string, published?: string): string | null {
  // (Read without a reprinted page's pinyin glosses: "地區(qū)生產(chǎn)總值" (曲沃 2019) names its subject too.)
  const text = BRACKET_TONE.test(glossed) ? glossed.replace(GLOSS, '') : glossed;
  const own = ownPeriod(text);
  // (A period of words only, "今年", says nothing on a title slide.)
  const named = /\d|季度|半年/u.test(own.period) ? own.period : '';
  const year = own.year ?? yearOf(named, published);
  const period = /^\d{4}年/u.test(named) ? named : year ? `${year}年${named}` : named;
  // (Set in the report's script, as its deck is: extract/script.ts.)
  const traditional = isTraditionalText(text);
  const subject = SUBJECTS.find((s) => s.when.test(text));
  if (!subject || (!period && subject.dated)) return null;
  const words = traditional ? subject.traditional : subject.simplified;
  const place = placeOf(text);
  const title = `${place}${subject.dated ? period : ''}${words}`;
  return Array.from(title).length <= TITLE_MAX ? title : null;
}

/** The months a period ends with: "1-5月" 5, "前三季度" 9, "上半年" 6; 12 for a year or words of none. */
function endMonth(period: string): number {
  const months = [...period.matchAll(/(\d{1,2})月/gu)];
  if (months.length) return Number(months[months.length - 1][1]);
  const quarter = /([一二三四])季度|([上下])半年/u.exec(period);
  if (quarter?.[1]) return 3 * ('一二三四'.indexOf(quarter[1]) + 1);
  if (quarter?.[2]) return quarter[2] === '上' ? 6 : 12;
  return 12;
}

/**
 * The year of a period the text names without one, from the report's date: its year, or the year before when the
 * period ends after the date's month ("1-12月" published in January is of the year before); undefined without a date.
 */
function yearOf(period: string, published?: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/u.exec(published ?? '');
  if (!m || !period) return undefined;
  return endMonth(period) > Number(m[2]) ? Number(m[1]) - 1 : Number(m[1]);
}

function placeOf(text: string): string {
  // A page that heads its text with only its place ("宜昌市", 宜昌 2025) names it.
  const head = text.trim().split('\n')[0].trim();
  if (PLACE_ONLY.test(head)) return head;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN)) {
    const level = LEVEL_OF[m[1]] ?? m[1];
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return '';
  const level = ranked[0][0];
  if (level === '国') return '全国';
  const levels = level === '区' ? '(?:自治区|自治區|区|區)' : level === '县' ? '[县縣]' : level;
  // (Named in the opening: a place named later is one of its parts, "分区域来看,大冶市进规31家" in 黄石 2024.)
  const opening = text.slice(0, PLACE_WITHIN);
  for (const m of opening.matchAll(new RegExp(`\\p{Script=Han}{2,9}?${levels}`, 'gu'))) {
    const end = m.index + m[0].length;
    // (Not a name of a list, one place among others: "湘阴县、平江县、汨罗市分别增长8.5%…" (岳阳 2017), "西藏等省区".)
    if (NOT_A_NAME_AFTER.test(text.slice(end)) || /^[、和及与與]|^[（(]?[-\d]/u.test(text.slice(end))) continue;
    // The name after the last word that may stand before a place ("记者从|贵州省", "今年|天津市", "落實|梅州市").
    const stem = m[0].length - (m[0].match(new RegExp(`${levels}$`, 'u'))?.[0].length ?? 1);
    let k = stem - 2;
    while (k >= 0 && !BEFORE_PLACE.test(text.slice(Math.max(0, m.index - 2), m.index + k))) k--;
    if (k < 0 || stem - k > 5) continue;
    const name = m[0].slice(k);
    const own = name.slice(0, stem - k);
    if (text[m.index + k - 1] === '、' || NOT_A_PLACE.test(own) || BEFORE_PLACE.test(own)) continue;
    return name;
  }
  return '';
}
