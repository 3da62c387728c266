// What an attribution frame finds: who a sentence says a figure comes from, and where it says so.
import type { Gazetteer } from "../../../../reference/index.ts";

export interface Attribution {
  /** Cleaned name, or null when the source is generic ("reports", "sources"). */
  name: string | null;
  /** Sources from nearest to origin. */
  chain: string[];
  /** Offsets of the source phrase within the sentence. */
  start: number;
  end: number;
  /** "It said", "the agency said": refers back to a source named earlier. */
  anaphoric: boolean;
  /** "Prosecutors said": a role that usually refers back to a named body, kept when none is found. */
  soft?: boolean;
  /** The frame that found it ("according-to", "said", "citing", …), for the debug trace. */
  frame?: string;
}

/**
 * One way a sentence names its source. Frames run in a fixed order; each sees what the frames
 * before it found (a later frame skips a verb an earlier one already covered) and the names the
 * sentence cites ("citing X"), which become the inner links of a chain.
 */
export interface AttributionFrame {
  name: string;
  /** `places`: the gazetteer, to tell a place ("… to Kursk, an official said") from a speaker. */
  find(
    sentence: string,
    found: readonly Attribution[],
    cited: readonly string[],
    places: Gazetteer,
  ): Attribution[];
}
