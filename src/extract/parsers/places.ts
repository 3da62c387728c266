// Place parser: destinations named in a sentence, normalised ("the Kursk region" → Kursk,
// "Primorye" → Primorsky). Each place has a specificity; the refiner keeps the most specific
// destination of the flow and ignores places that are sources ("Seoul's spy agency").

export type PlaceKind = "site" | "region" | "area" | "country" | "adjective";

export interface Place {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
  /** True when the place is a city standing for its state ("sent troops to Moscow"). */
  capital?: boolean;
}

const SPECIFIC: [string, string, PlaceKind][] = [
  ["Alabuga(?: [Ss]pecial [Ee]conomic [Zz]one| SEZ)?", "Alabuga", "site"],
  ["(?:[Pp]ort of )?(?:Rajin|Najin)(?: [Pp]ort)?|Rason", "Rajin", "site"],
  ["Vostochny(?: [Cc]osmodrome| [Pp]ort)?", "Vostochny", "site"],
  ["Tikhoretsk", "Tikhoretsk", "site"],
  ["Kursk", "Kursk", "region"],
  ["Tatarstan", "Tatarstan", "region"],
  ["Yelabuga|Elabuga", "Yelabuga", "region"],
  ["Kazan", "Kazan", "region"],
  [
    "Primorsky(?: [Kk]rai| [Tt]erritory)?|Primorye|Primorskiy|Maritime (?:Province|Territory)",
    "Primorsky",
    "region",
  ],
  ["Khabarovsk", "Khabarovsk", "region"],
  ["Amur(?: [Oo]blast| [Rr]egion)?", "Amur", "region"],
  ["Novosibirsk", "Novosibirsk", "region"],
  ["Vladivostok", "Vladivostok", "region"],
  ["Nakhodka", "Nakhodka", "region"],
  ["Ussuriysk", "Ussuriysk", "region"],
  ["Blagoveshchensk", "Blagoveshchensk", "region"],
  ["Moscow", "Moscow", "region"],
  ["St\\.? Petersburg|Saint Petersburg|St\\.? Petersburg", "St Petersburg", "region"],
  ["Sakhalin", "Sakhalin", "region"],
  ["Irkutsk", "Irkutsk", "region"],
  ["Rostov(?:-on-Don)?", "Rostov", "region"],
  ["Belgorod", "Belgorod", "region"],
  ["Bryansk", "Bryansk", "region"],
  ["Donetsk", "Donetsk", "region"],
  ["Luhansk|Lugansk", "Luhansk", "region"],
  ["Zaporizhzhia|Zaporozhye|Zaporizhia", "Zaporizhzhia", "region"],
  ["Kherson", "Kherson", "region"],
  ["Crimea", "Crimea", "region"],
  ["Krasnoyarsk", "Krasnoyarsk", "region"],
  ["Tomsk", "Tomsk", "region"],
  ["Omsk", "Omsk", "region"],
  ["Yakutia|Sakha Republic|Yakutsk", "Yakutia", "region"],
  ["Kamchatka", "Kamchatka", "region"],
  ["Magadan", "Magadan", "region"],
  ["Buryatia|Ulan-Ude", "Buryatia", "region"],
  ["Zabaykalsky|Zabaikalsky|Chita", "Zabaykalsky", "region"],
  ["Yekaterinburg|Sverdlovsk", "Yekaterinburg", "region"],
  ["Kaliningrad", "Kaliningrad", "region"],
  ["Bashkortostan|Ufa", "Bashkortostan", "region"],
  ["Chelyabinsk", "Chelyabinsk", "region"],
  ["Samara", "Samara", "region"],
  ["Voronezh", "Voronezh", "region"],
  ["Kemerovo|Kuzbass", "Kemerovo", "region"],
  ["Chukotka", "Chukotka", "region"],
  ["Krasnodar", "Krasnodar", "region"],
  ["Nizhny Novgorod", "Nizhny Novgorod", "region"],
  ["Leningrad(?: [Oo]blast| [Rr]egion)", "Leningrad", "region"],
  ["Pskov", "Pskov", "region"],
  ["Murmansk", "Murmansk", "region"],
  ["Arkhangelsk", "Arkhangelsk", "region"],
  ["Novorossiysk", "Novorossiysk", "region"],
  ["Chechnya", "Chechnya", "region"],
  ["Kaluga", "Kaluga", "region"],
  ["Tver", "Tver", "region"],
  ["Smolensk", "Smolensk", "region"],
  ["Mariupol", "Mariupol", "region"],
  ["Kharkiv", "Kharkiv", "region"],
  ["Sumy", "Sumy", "region"],
  ["Pokrovsk", "Pokrovsk", "region"],
  ["Khasan", "Khasan", "region"],
  ["Dubai", "Dubai", "region"],
  ["Shenyang", "Shenyang", "region"],
  ["Dandong", "Dandong", "region"],
  ["Liaoning", "Liaoning", "region"],
  ["Jilin", "Jilin", "region"],
  ["Hunchun", "Hunchun", "region"],
  ["Ulaanbaatar|Ulan Bator", "Ulaanbaatar", "region"],
  ["(?:the )?Russian Far East|Russia['’]s Far East", "Russian Far East", "area"],
  ["(?:the )?Far East", "Russian Far East", "area"],
  ["Siberia", "Siberia", "area"],
  ["Middle East|Gulf states|Persian Gulf", "Middle East", "area"],
];
const COUNTRIES: [string, string][] = [
  ["Russia|Russian Federation", "Russia"],
  ["Kremlin", "Russia"],
  ["China|PRC", "China"],
  ["Kuwait", "Kuwait"],
  ["Qatar", "Qatar"],
  ["UAE|United Arab Emirates|U\\.A\\.E\\.", "UAE"],
  ["Laos", "Laos"],
  ["Vietnam", "Vietnam"],
  ["Mongolia", "Mongolia"],
  ["Poland", "Poland"],
  ["Ukraine", "Ukraine"],
  ["Belarus", "Belarus"],
  ["Iran", "Iran"],
  ["Syria", "Syria"],
  ["Malaysia", "Malaysia"],
  ["Cambodia", "Cambodia"],
  ["Nigeria", "Nigeria"],
  ["Equatorial Guinea", "Equatorial Guinea"],
  ["Angola", "Angola"],
  ["Senegal", "Senegal"],
  ["Libya", "Libya"],
  ["Algeria", "Algeria"],
  ["Oman", "Oman"],
  ["Saudi Arabia", "Saudi Arabia"],
  ["Malta", "Malta"],
  ["Myanmar|Burma", "Myanmar"],
  ["Tanzania", "Tanzania"],
  ["Uganda", "Uganda"],
  ["Congo", "Congo"],
  ["Kazakhstan", "Kazakhstan"],
  ["Uzbekistan", "Uzbekistan"],
  ["Thailand", "Thailand"],
  ["Cuba", "Cuba"],
  ["Nepal", "Nepal"],
  ["Bangladesh", "Bangladesh"],
  ["Indonesia", "Indonesia"],
  ["Mozambique", "Mozambique"],
  ["Madagascar", "Madagascar"],
  ["Sudan", "Sudan"],
  ["Ethiopia", "Ethiopia"],
  ["Namibia", "Namibia"],
  ["Zimbabwe", "Zimbabwe"],
  ["Benin", "Benin"],
  ["Mali", "Mali"],
  ["Egypt", "Egypt"],
  ["Bahrain", "Bahrain"],
  ["Yemen", "Yemen"],
  ["Jordan", "Jordan"],
  ["Lebanon", "Lebanon"],
  ["Philippines", "Philippines"],
  ["Singapore", "Singapore"],
  ["Africa", "Africa"],
];

const PATTERNS = [
  ...SPECIFIC.map(([p, name, kind]) => ({ re: new RegExp(`\\b(?:${p})\\b`, "g"), name, kind })),
  ...COUNTRIES.map(([p, name]) => ({
    re: new RegExp(`\\b(?:${p})\\b`, "g"),
    name,
    kind: "country" as PlaceKind,
  })),
  { re: /\bRussian\b/g, name: "Russia", kind: "adjective" as PlaceKind },
];

/** Every place named in `sentence` (offsets relative to the sentence), in text order. */
export function findPlaces(sentence: string): Place[] {
  // Several refiners ask about the same sentence: each pattern scans it, so recent answers are
  // kept (a copy of the list is handed out; the places themselves are never changed).
  let found = RECENT.get(sentence);
  if (!found) {
    found = scanPlaces(sentence);
    if (RECENT.size >= 64) RECENT.delete(RECENT.keys().next().value!);
    RECENT.set(sentence, found);
  }
  return found.slice();
}

const RECENT = new Map<string, Place[]>();

function scanPlaces(sentence: string): Place[] {
  const out: Place[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "Russian Far East" is an area, not the adjective; "Korean" never a place here.
      out.push({
        name: p.name,
        kind: p.kind,
        start,
        end,
        capital: p.name === "Moscow" || m[0] === "Kremlin",
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const SPECIFICITY: Record<PlaceKind, number> = {
  site: 4,
  region: 3,
  area: 2,
  country: 1,
  adjective: 0,
};
