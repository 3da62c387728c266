// Drops figures that are not counts: years, calendar dates, resolution/article/page numbers,
// ages, times of day and phone numbers ("Resolution 2397", "June 7", "aged 25", "10:30").
import { dropWhen } from "../../../context.ts";

const REFERENCE_BEFORE =
  /\b(?:resolutions?|UNSCR|S\/RES\/|No\.?|Nos\.?|number|articles?|art\.|pages?|p\.|pp\.|sections?|chapters?|paragraphs?|para\.|clauses?|decrees?|orders?|laws?|items?|points?|tables?|figures?|fig\.|annex(?:es)?|vol\.|volume|episodes?|part|route|flight|unit|code|line|case|file|version|model|grade|level|tier|category|class|phase|stage|division|brigade|regiment|battalion|corps)\s*$|#\s*$/i;
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/;
const MONTH_AFTER =
  /^\s*(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export const dropReferenceNumbers = dropWhen("dropReferenceNumbers", (_ctx, c) => {
  const s = c.sentence.text;
  const f = c.figure;
  const before = s.slice(0, f.start);
  const after = s.slice(f.end);
  if (f.currency || f.percent) return null;
  if (REFERENCE_BEFORE.test(before)) return "reference number (resolution, article, page, unit)";
  if (
    f.digits &&
    /^(?:1[89]|20)\d\d$/.test(f.raw) &&
    !(c.match.how === "after" && c.match.start - f.end <= 1)
  )
    return "a year";
  if (f.qualifier === "exact" && /^\d{1,2}$/.test(f.raw) && (MONTH.test(before) || MONTH_AFTER.test(after)))
    return "a calendar date";
  if (/\b(?:aged|age of|ages)\s*$/i.test(before) || /^\s*-?\s*years?[- ]old\b/i.test(after)) return "an age";
  if (/^\s*(?::\d\d|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b)/i.test(after)) return "a time of day";
  if (/[+(]\s*$/.test(before) && /^[\s)-]*\d/.test(after)) return "a phone number";
  return null;
});
