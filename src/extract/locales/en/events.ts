// Event cue parser: verbs and phrases that say whether a flow is planned, reported as done,
// a standing stock, or border entries. The refiner picks the cue nearest the counted phrase.
import type { EventType } from "../../../types.ts";

export interface EventCue {
  event: EventType;
  start: number;
  end: number;
}

/** What happens to people that is no flow out of the DPRK: sent back, escaped, indicted, a drop. */
export const PEOPLE_OTHER =
  /\b(?:sent back|sending back|were sent back|returned home|escaped|deserted|defected|fled|indicted|charged|arrested|declined by|fell by|decreased by|dropped by|shrank by)\b/gi;

const CUES: [EventType, RegExp][] = [
  [
    // A plan or request whose object is a dispatch: "is considering sending", "ordered the dispatch
    // of", "submitted a request to import" (longest first, so "sending" is not read on its own).
    "deployment_planned",
    /\b(?:(?:considering|contemplating|weighing|discussing|mulling|eyeing|planning|proposing|ready for|preparing for)\s+(?:sending|dispatching|deploying|supplying|importing|hiring|recruiting|bringing in)|(?:ordered|approved|authori[sz]ed|requested|proposed)\s+(?:the\s+|a\s+)?(?:dispatch|deployment|sending|transfer)\s+of|(?:request|application|bid|proposal|quota request)s?\s+(?:\w+\s+){0,6}?to\s+(?:import|hire|recruit|bring in|attract|invite|employ)|to\s+(?:import|recruit|hire|attract|invite)|attracting)\b/gi,
  ],
  ["other", PEOPLE_OTHER],
  [
    "deployment_planned",
    /\b(?:plan(?:s|ned|ning)? to|plans? for|agreed|agrees|agreement|pledged|pledges|promised|promises|aims? to|aiming to|intends? to|intending to|will|would(?! (?:hold|contain|carry|fit|accommodate))|could(?! (?:hold|contain|carry|fit|accommodate))|might|may|preparing|expects|expect|is expected|are expected|expected to|expected in|expected by|due in|due by|set to|due to|scheduled to|slated to|prepar(?:es|ing|ed) to|to be (?:sent|dispatched|deployed|supplied|delivered|flown|airlifted|transported|shipped)|to send|to dispatch|to deploy|to supply|to provide|to transfer|to deliver|considering|offered to|proposed|wants? to|seeks? to|ready to|announced|announces|in the pipeline|quotas?|could see|(?:set|sets|setting) a target|a target of|targets? of|goal of|aims? for)\b/gi,
  ],
  [
    "entries",
    /\b(?:entered|enter|entering|visiting|visited|entries|entry|arrivals|came on|came in|came via|coming to|come to|admitted|enrolled|crossed|crossing|came to|travell?ed to|flew to|flown to|came into)\b/gi,
  ],
  [
    "deployment_reported",
    /\b(?:(?:troop\s+)?dispatch of|sent|dispatched|deployed|deployment of|deploying|moving|received|receiving|welcomed|took in|flown|airlifted|transported|arrived|arriving|transferred|supplied|delivered|shipped|fighting|fought|fight|moved|relocated|redeployed|joined|reinforced|handed over|provided|exported|sending|dispatching|brought in|took part|placed|being trained|are training|were trained|undergoing training|engaged in combat|in combat|at the front|on the front ?lines?|participat\w+|mobili[sz]ed|rotated|was sent|were sent|has been sent|have been sent)\b/gi,
  ],
  [
    "stock_estimate",
    /\b(?:employ(?:s|ed|ing)?|there (?:are|were|is|was)|are now in|is now in|now in|still in|working|work in|work at|currently|remain(?:s|ing|ed)?|stationed|based in|present in|living|live in|reside\w*|staying|stay in|now total|numbers|numbered|totals|totall?ed|stands at|stood at|reached|estimated to be|are in|were in|operat\w+|stock(?:s|pile\w*)?|inventory)\b/gi,
  ],
  [
    "other",
    /\b(?:repatriat\w+|sent home|sent back home|returned home|return home|returning home|expelled|deported|produc(?:e|es|ed|ing|tion)|manufactur\w+|issued|granted|approved)\b/gi,
  ],
];

export function findEventCues(sentence: string): EventCue[] {
  const out: EventCue[] = [];
  for (const [event, re] of CUES) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "from January to May": the month, not the modal.
      if (m[0] === "May" && start > 0) continue;
      out.push({ event, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
