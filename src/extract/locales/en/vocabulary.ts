// English word lists the rules share: mentions that put a text in North Korean context, and
// nationalities that say counted people are not North Korean. Subjects, their units, groups and
// nouns live in the subject registry (data/reference/, src/reference/subjects.ts).
/** Mentions that put a sentence or article in North Korean context. */
export const DPRK_MENTION =
  /\b(?:North Korean?s?|N\.? ?Korean?s?|DPRK|D\.P\.R\.K\.|Pyongyang|Kim Jong[- ]?Un|Democratic People'?s Republic of Korea|Korean People'?s Army|KPA|Workers'? Party of Korea)\b/;

/** Nationalities that, written on the counted noun, say the people are not North Korean. */
export const FOREIGN_NATIONALITY =
  /\b(?:Russian|Ukrainian|Chinese|South Korean|American|U\.S\.|Uzbek|Tajik|Kyrgyz|Kazakh|Central Asian|Vietnamese|Indian|Nepali|Nepalese|Sri Lankan|Bangladeshi|Filipino|Indonesian|Iranian|Syrian|Cuban|Belarusian|Polish|German|British|French|Turkish|Japanese|Mongolian|Laotian|Cambodian|Thai|Afghan|African|Western|NATO|Kenyan|Ghanaian|Nigerian)\b/;
