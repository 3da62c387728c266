// What a figure measures. A series is one measure: figures of different measures (a batch and a
// total, killed and killed-or-wounded, the state's share and the worker's share, an IT worker's pay
// and a builder's) are never compared, averaged or counted as corroboration. The measure is read
// from the claim (event, subject, the optional extractor `role`) and the words around the figure;
// the assessment does not trust the extractor to have told a batch from a total.
import type { Claim } from "../types.ts";
import { eventFamily } from "./figures.ts";
import { figureContext, firstWords, lastWords, type FigureContext } from "./figure-context.ts";

export type MeasureKind =
  | "planned"
  | "cumulative"
  | "increment"
  | "part"
  | "stock"
  | "entries"
  | "killed"
  | "wounded"
  | "killed_or_wounded"
  | "state_share"
  | "worker_share"
  | "wage"
  | "revenue"
  | "other";

export interface Measure {
  kind: MeasureKind;
  /** Worker category for wages (`it`, `construction`, `unspecified`), else "". */
  category: string;
  /** Words an analyst can read: why this measure. */
  reason: string;
}

/** Optional fields a newer extractor adds to a claim; read when present, never required. */
export type ClaimExtras = { role?: "total" | "increment" | "part" | string; confidence?: number };

export const MEASURE_LABEL: Record<MeasureKind, string> = {
  planned: "planned / announced",
  cumulative: "sent, cumulative",
  increment: "a batch (increment)",
  part: "a part of a larger figure",
  stock: "present at a time (stock)",
  entries: "border entries in a period",
  killed: "killed",
  wounded: "wounded",
  killed_or_wounded: "killed or wounded",
  state_share: "state's share of wages",
  worker_share: "worker's share of wages",
  wage: "wage per worker",
  revenue: "revenue",
  other: "other",
};

// Words before a figure that make it one batch of a larger flow. "More than" is a hedge, not a batch.
const INCREMENT_BEFORE =
  /\b(another|additional|further|extra|fresh|new batch of|batch of|beginning with|starting with|first|initially|initial|latest|second|third|new)\b(?:\s+\w+){0,2}\s*$/;
const INCREMENT_AFTER =
  /^\s*(more|additional|extra|reinforcements?|fresh)\b|^\s*\w+(?:\s+\w+)?\s+(reinforcements?)\b/;
const PART_BEFORE =
  /\b(of those|of them|of whom|of which|including|among them|among those)\b(?:\s+\w+){0,2}\s*$/;
const TOTAL_WORDS = /\b(in total|total of|a total|altogether|in all|overall|cumulative|so far|to date)\b/;

function casualtyKind(ctx: FigureContext): MeasureKind | null {
  const read = (text: string): MeasureKind | null => {
    if (
      /\bkilled or (?:injured|wounded)\b|\bdead or wounded\b|\bcasualties\b|\bkilled and wounded\b/.test(text)
    )
      return "killed_or_wounded";
    if (/\b(killed|deaths?|dead|died|fatalities|lost their lives)\b/.test(text)) return "killed";
    if (/\b(wounded|injured|injuries)\b/.test(text)) return "wounded";
    return null;
  };
  return read(firstWords(ctx.after, 10)) ?? read(lastWords(ctx.before, 6)) ?? read(ctx.after) ?? null;
}

function shareKind(ctx: FigureContext): MeasureKind {
  const near = `${lastWords(ctx.before, 10)} # ${firstWords(ctx.after, 12)}`;
  // "leaving each man with 10%", "workers keep 10%", "10% stays with the worker".
  if (/\b(leaving|left with|leaves|keep|keeps|kept|retain|retains|take home|takes home|pocket)\b/.test(near))
    return "worker_share";
  return "state_share";
}

function wageCategory(claim: Pick<Claim, "evidence">, ctx: FigureContext): string {
  const text = ctx.sentence || claim.evidence.toLowerCase();
  if (/\b(it workers?|it specialists?|developers?|programmers?|software|coders?|freelancers?)\b/.test(text))
    return "it";
  if (/\b(construction|builders?|building sites?)\b/.test(text)) return "construction";
  if (/\b(loggers?|logging|timber)\b/.test(text)) return "logging";
  if (/\b(seafood|fish(?:ing|ery)|factory|factories|textile|sewing)\b/.test(text)) return "factory";
  return "unspecified";
}

/** The measure of one claim. */
export function measureOf(
  claim: Pick<Claim, "event" | "modality" | "subject" | "evidence" | "quantity"> &
    Partial<Pick<Claim, "span" | "sentence">> &
    ClaimExtras,
): Measure {
  const family = eventFamily(claim);
  const ctx = figureContext(claim);
  if (claim.subject === "wage_share")
    return { kind: shareKind(ctx), category: "", reason: "whose share the words around the figure name" };
  if (claim.subject === "wage") {
    const category = wageCategory(claim, ctx);
    return { kind: "wage", category, reason: `pay of ${category} workers` };
  }
  if (family === "casualties" || claim.subject === "casualties") {
    const kind = casualtyKind(ctx) ?? "killed_or_wounded";
    return { kind, category: "", reason: `the words around the figure say ${MEASURE_LABEL[kind]}` };
  }
  if (family === "revenue") return { kind: "revenue", category: "", reason: "money earned" };
  if (family === "planned") return { kind: "planned", category: "", reason: "a plan or announcement" };
  if (family === "entries" || family === "stock" || family === "realised") {
    const role = claim.role;
    const before = lastWords(ctx.before, 5);
    if (role === "part" || PART_BEFORE.test(before))
      return { kind: "part", category: "", reason: "stated as part of a larger figure" };
    if (family === "realised" && role !== "total" && !TOTAL_WORDS.test(firstWords(ctx.after, 12))) {
      if (role === "increment")
        return { kind: "increment", category: "", reason: "the extractor marked it a batch" };
      const b = INCREMENT_BEFORE.exec(before.replace(/\bmore than\b/g, ""));
      const a = INCREMENT_AFTER.exec(firstWords(ctx.after, 4));
      if (b || a)
        return {
          kind: "increment",
          category: "",
          reason: `a batch, not a total: "${(b?.[1] ?? a?.[1] ?? a?.[2])!}" next to the figure`,
        };
    }
    if (family === "entries") return { kind: "entries", category: "", reason: "border entries" };
    if (family === "stock") return { kind: "stock", category: "", reason: "present at a time" };
    return { kind: "cumulative", category: "", reason: "reported sent, as a total" };
  }
  return { kind: "other", category: "", reason: "no measure recognised" };
}

/** The measure's part of a series key: `increment`, `wage:it`, … */
export function measureKey(m: Measure): string {
  return m.category ? `${m.kind}:${m.category}` : m.kind;
}
