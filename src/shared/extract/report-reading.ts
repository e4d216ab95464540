/**
 * A report's text as every rule reads it: full-width punctuation, traditional characters read as simplified ones
 * (script.ts), a hard-wrapped text without the breaks inside its sentences (wrapped-lines.ts). The extractor reads
 * its figures from it; the title and the as-of a new report is stored with read the report's own period from it too,
 * so a traditional or hard-wrapped report gets the period its figures get (榆林 2021's 繁體 repost: its "受2020年…
 * 等因素影響" is a cause, as 影响 is, and the report is on 2021年1-11月, not 2020).
 */
import { reportPeriod, type ReportPeriod } from './report-period';
import { readAsSimplified, type Reading } from './script';
import { fullWidthPunctuation, withGlosses, withWordSpaces } from './text-forms';
import { joinWrapped, wrappedBreaks, type Joined } from './wrapped-lines';

export interface ReportReading {
  /** The original in simplified characters (same length), and how to write back in the report's own. */
  reading: Reading;
  /** `reading.text` with its wrapped lines joined, and the map back to the original's offsets. */
  joined: Joined;
}

export function readReport(original: string): ReportReading {
  const reading = readAsSimplified(fullWidthPunctuation(original));
  const joined = joinWrapped(reading.text, withGlosses(reading.text, withWordSpaces(reading.text, wrappedBreaks(reading.text))));
  return { reading, joined };
}

/** The report's own period as the extractor reads it, written in the report's own characters. */
export function ownPeriod(original: string): ReportPeriod {
  const { reading, joined } = readReport(original);
  const own = reportPeriod(joined.text);
  return { ...own, period: reading.back(own.period) };
}
