// Drops counts of people or things that the text says are not North Korean: "Ukrainian
// soldiers", "Russian troops", "workers from Central Asia", "foreign workers" in Russia.
import { dropWhen } from "../../../context.ts";
import { DPRK_MENTION, FOREIGN_NATIONALITY } from "../vocabulary.ts";

const NK_ADJ = /\b(?:North Korean|N\.? ?Korean|DPRK|Pyongyang's|North Korea's)\b/i;

export const dropForeignSubjects = dropWhen("dropForeignSubjects", (_ctx, c) => {
  const s = c.sentence.text;
  const mods = c.match.modifiers;
  if (FOREIGN_NATIONALITY.test(mods) && !NK_ADJ.test(mods)) return `counted noun is foreign ("${mods}")`;
  // "30,000 Russian and North Korean soldiers": a mixed count is nobody's North Korean figure.
  if (
    /^\s+(?:[\p{Lu}][\p{L}-]+\s+)+(?:and|or)\s+(?:North Korean|DPRK)\b|^\s+(?:North Korean|DPRK)\s+(?:and|or)\s+(?:Russian|Ukrainian|Chinese)\b/u.test(
      s.slice(c.figure.end, c.figure.end + 60),
    )
  )
    return "a mixed count";
  if (c.match.how === "after") {
    const after = s.slice(c.match.end, c.match.end + 60);
    if (
      /^\s*(?:from|of)\s+(?!North Korea|the DPRK|DPRK|Pyongyang)(?:Central Asia|other countries|abroad|neighbou?ring|the former Soviet|[A-Z][a-z]+(?:stan|ia|ine|nam|pal|desh)\b)/.test(
        after,
      )
    ) {
      return "people from another country";
    }
    if (/^\s*(?:on|of)\s+(?:the\s+)?(?:Ukrainian|Russian)\s+side\b/i.test(after))
      return "another side's forces";
  }
  if (/\b(?:foreign|migrant)\b/i.test(mods) && !DPRK_MENTION.test(s)) return "foreign workers in general";
  // "The average Russian construction worker earns 90,000 rubles": another country's wages.
  if (
    (c.subject === "wage" || c.subject === "wage_share") &&
    !DPRK_MENTION.test(s) &&
    FOREIGN_NATIONALITY.test(s.slice(0, c.figure.start))
  )
    return "another country's wages";
  return null;
});
