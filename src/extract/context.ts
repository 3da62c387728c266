// The shapes shared by the extract stage's parsers and refiners (after chrono-node's design):
// parsers turn text into candidates, refiners take all candidates and return better ones.
import type { CasualtyMeasure, EventType, FigureRole, Modality, Sentence, Subject } from "../types.ts";
import type { Reference } from "../reference/index.ts";
import type { Attribution } from "./locales/en/attribution.ts";
import type { Figure } from "./locales/en/figures.ts";
import type { SubjectMatch } from "./locales/en/subjects.ts";

export interface ExtractInput {
  id: string;
  text: string;
  published: string | null;
  title?: string | null;
}

/** A figure tied to a subject, on its way to becoming a Claim. Offsets are sentence-relative. */
export interface Candidate {
  sentence: Sentence;
  figure: Figure;
  subject: Subject;
  match: SubjectMatch;
  event: EventType | null;
  destination: string | null;
  attributedTo: string | null;
  attributionChain: string[];
  time: string | null;
  modality: Modality;
  /** For an elliptical count ("another 5,000"), the figure whose noun it shares. */
  antecedent?: Candidate;
  part?: FigureRole;
  measure?: CasualtyMeasure;
  /** In [0, 1]; see refiners/scoreConfidence.ts. */
  confidence?: number;
}

export interface DebugEntry {
  step: string;
  action: "kept" | "dropped" | "set" | "note";
  sentence: number;
  figure: string;
  detail: string;
}

export interface ExtractContext {
  doc: ExtractInput;
  /** The reference data the rules read (subject registry, gazetteer, named bodies), passed in by the caller. */
  reference: Reference;
  sentences: Sentence[];
  /** The article as a whole is about North Korea (several mentions, or in the title). */
  dprkDocument: boolean;
  /** Attributions found in each sentence (cached; see parsers/attribution.ts). */
  attributions(sentenceIndex: number): Attribution[];
  debug(step: string, action: DebugEntry["action"], c: Candidate | null, detail: string): void;
}

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, candidates: Candidate[]): Candidate[];
}

/** A refiner that keeps or drops each candidate on its own. */
export function dropWhen(
  name: string,
  reason: (ctx: ExtractContext, c: Candidate) => string | null,
): Refiner {
  return {
    name,
    refine(ctx, candidates) {
      return candidates.filter((c) => {
        const why = reason(ctx, c);
        if (why) ctx.debug(name, "dropped", c, why);
        return !why;
      });
    },
  };
}

/** A refiner that fills one slot of each candidate. */
export function setEach(name: string, fill: (ctx: ExtractContext, c: Candidate) => void): Refiner {
  return {
    name,
    refine(ctx, candidates) {
      for (const c of candidates) fill(ctx, c);
      return candidates;
    },
  };
}
