// The contract's subject vocabulary as noun phrases, longest first. A figure is counted as the
// subject of the first noun phrase that follows it (after adjectives) or names it ("workers numbering").
import type { Subject } from "../types.ts";

export interface SubjectNoun {
  pattern: string;
  subject: Subject;
  /** Only a subject when North Korean people are explicitly meant ("15,000 North Korean people"). */
  needsNationality?: boolean;
  /** Only a subject in a military sentence ("10,000 men"). */
  needsMilitary?: boolean;
}

export const SUBJECT_NOUNS: SubjectNoun[] = [
  {
    pattern:
      "military construction (?:and (?:demining|mine[- ]clearing|engineering) )?(?:workers|personnel|troops|units|specialists)|military builders|construction troops",
    subject: "military_builders",
  },
  {
    pattern: "(?:re)?construction (?:workers|labou?rers|personnel|specialists|crews|brigades|staff)|builders",
    subject: "construction_workers",
  },
  {
    pattern:
      "(?:remote |overseas )?(?:IT|I\\.T\\.|tech|information technology) (?:workers|specialists|professionals|personnel|operatives|experts|staff|developers|engineers)|(?:software |app )?developers|programmers|coders|software engineers",
    subject: "it_workers",
  },
  {
    pattern:
      "combat engineers|military engineers|army engineers|sappers|de-?miners|(?:mine[- ]?clearing|mine[- ]clearance|demining) (?:specialists|experts|personnel|troops|engineers|units)|engineering troops",
    subject: "deminers",
  },
  {
    pattern:
      "(?:migrant |guest |contract |seasonal |overseas |factory |farm |agricultural |shipyard |restaurant |medical |forestry |textile |fishing )?(?:workers|labou?rers|laborers|labou?r migrants|employees|workforce|loggers|lumberjacks|fishermen|seamen|doctors|nurses|waitresses)",
    subject: "workers",
  },
  { pattern: "North Koreans|DPRK (?:nationals|citizens)", subject: "nationals" },
  { pattern: "nationals|citizens|students|trainees|interns", subject: "nationals", needsNationality: true },
  { pattern: "people|individuals|persons|women", subject: "nationals", needsNationality: true },
  { pattern: "residents|visitors|travell?ers|tourists", subject: "nationals", needsNationality: true },
  {
    pattern: "(?:border )?(?:entries|arrivals|crossings|entry permits)",
    subject: "nationals",
    needsNationality: true,
  },
  {
    pattern:
      "casualties|fatalities|deaths|dead|killed|wounded|injured|losses|killed or wounded|killed and wounded",
    subject: "casualties",
  },
  {
    pattern:
      "(?:special |elite |combat |regular |infantry )?(?:troops|soldiers|servicemen|service ?members|military personnel|fighters|combatants|special forces|infantrymen|marines|paratroopers|commandos|officers|generals|instructors|military specialists|military technicians|military advisers|military advisors|forces)",
    subject: "troops",
  },
  { pattern: "engineers", subject: "deminers", needsMilitary: true },
  {
    pattern:
      "personnel|men|replacements|reinforcements|volunteers|strong (?:force|contingent|army|unit|corps|brigade)",
    subject: "troops",
    needsMilitary: true,
  },
  {
    pattern: "(?:(?:student|work|tourist|business|labou?r|study)(?: and | or |, |\\/| ))*visas|work permits",
    subject: "visas",
  },
  {
    pattern:
      "(?:(?:artillery|mortar|tank|rocket|152mm|122mm|152-mm|122-mm)(?: and | or |, | ))*(?:shells|rounds|projectiles)|(?:rounds of |shells of )?(?:artillery )?(?:ammunition|munitions)|rockets|grenades",
    subject: "munitions",
  },
  {
    pattern:
      "(?:short-range |close-range |tactical )?(?:ballistic )?missiles|KN-2[345]s?|Hwasong(?:-\\d+)?s?",
    subject: "missiles",
  },
  {
    pattern:
      "(?:Pantsir|Buk|Tor|S-[34]00)(?:-class|-type)?(?: air[- ]defen[cs]e| combat| missile)? (?:systems?|vehicles?|batter(?:y|ies)|units?)|air[- ]defen[cs]e (?:systems|batteries|units|vehicles)|(?:armou?red |infantry )?combat vehicles|(?:self-propelled )?howitzers|(?:multiple )?rocket launchers|MLRS|artillery (?:systems|pieces|guns)|self-propelled guns|weapons? systems|weapons|tanks|armou?red vehicles|launchers|guns",
    subject: "weapons",
  },
  { pattern: "(?:shipping )?containers", subject: "containers" },
  {
    pattern:
      "shipments|trainloads|train ?loads|railcars|rail cars|railway cars|train cars|wagons|consignments|cargo flights|ship(?:ment)?s|vessels|deliveries|trips|voyages|port calls|sailings",
    subject: "shipments",
  },
];

export const UNIT_OF: Record<Subject, string> = {
  workers: "persons",
  construction_workers: "persons",
  it_workers: "persons",
  nationals: "persons",
  troops: "persons",
  deminers: "persons",
  military_builders: "persons",
  casualties: "persons",
  revenue: "USD",
  wage: "USD",
  wage_share: "percent",
  visas: "visas",
  munitions: "rounds",
  missiles: "missiles",
  weapons: "systems",
  containers: "containers",
  shipments: "shipments",
};

export const PEOPLE: ReadonlySet<Subject> = new Set<Subject>([
  "workers",
  "construction_workers",
  "it_workers",
  "nationals",
  "troops",
  "deminers",
  "military_builders",
  "casualties",
]);
export const ARMS: ReadonlySet<Subject> = new Set<Subject>([
  "munitions",
  "missiles",
  "weapons",
  "containers",
  "shipments",
]);
export const LABOUR: ReadonlySet<Subject> = new Set<Subject>([
  "workers",
  "construction_workers",
  "it_workers",
  "nationals",
  "visas",
]);
export const MILITARY: ReadonlySet<Subject> = new Set<Subject>([
  "troops",
  "deminers",
  "military_builders",
  "casualties",
]);

/** Mentions that put a sentence or article in North Korean context. */
export const DPRK_MENTION =
  /\b(?:North Korean?s?|N\.? ?Korean?s?|DPRK|D\.P\.R\.K\.|Pyongyang|Kim Jong[- ]?Un|Democratic People'?s Republic of Korea|Korean People'?s Army|KPA|Workers'? Party of Korea)\b/;

/** Nationalities that, written on the counted noun, say the people are not North Korean. */
export const FOREIGN_NATIONALITY =
  /\b(?:Russian|Ukrainian|Chinese|South Korean|American|U\.S\.|Uzbek|Tajik|Kyrgyz|Kazakh|Central Asian|Vietnamese|Indian|Nepali|Nepalese|Sri Lankan|Bangladeshi|Filipino|Indonesian|Iranian|Syrian|Cuban|Belarusian|Polish|German|British|French|Turkish|Japanese|Mongolian|Laotian|Cambodian|Thai|Afghan|African|Western|NATO|Kenyan|Ghanaian|Nigerian)\b/;
