// Destination when the figure's sentence names none: troops, casualties and arms inherit the place
// of the same kind of flow stated earlier in the paragraph, else the document's main destination
// for that kind of flow ("4,700 killed or wounded" in an article about the fighting in Kursk).
// Money has no destination (the contract), and labour figures only inherit within a paragraph:
// an article about workers often moves between countries.
import type { Candidate, ExtractContext, Refiner } from "../../../context.ts";
import { findPlaces, SPECIFICITY } from "../places.ts";

const PARTS_OF =
  /^(?:The|This|That|Each)\s+(?:deployment|contingent|group|dispatch|shipment|force|batch|team|detachment|delegation|consignment)\s+(?:will\s+|would\s+)?(?:include|includes|included|consist|consists|consisted|comprise|comprises|comprised|be made up)\b/;

type Group = "military" | "arms" | "labour" | "front" | null;

function groupOf(ctx: ExtractContext, c: Candidate): Group {
  if (c.subject === "casualties" || ctx.reference.subjects.military.has(c.subject)) return "military";
  if (ctx.reference.subjects.arms.has(c.subject)) return "arms";
  if (ctx.reference.subjects.labour.has(c.subject) || c.subject === "nationals") return "labour";
  return null;
}

export const inheritDestination: Refiner = {
  name: "inheritDestination",
  refine(ctx, candidates) {
    const ordered = [...candidates].sort(
      (a, b) => a.sentence.index - b.sentence.index || a.figure.start - b.figure.start,
    );
    // The document's main destination per group: the most often stated one (first on a tie).
    const main = new Map<Group, string>();
    for (const g of ["military", "arms"] as Group[]) {
      const counts = new Map<string, number>();
      for (const c of ordered)
        if (groupOf(ctx, c) === g && c.destination)
          counts.set(c.destination, (counts.get(c.destination) ?? 0) + 1);
      let best: string | null = null;
      for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
      if (best) main.set(g, best);
      // Casualties happen where the fighting is: the most stated place below country level.
      if (g === "military") {
        let front: string | null = null;
        for (const [name, n] of counts)
          if (
            findPlaces(name, ctx.reference.places)[0]?.kind !== "country" &&
            (front === null || n > counts.get(front)!)
          )
            front = name;
        if (front) main.set("front", front);
      }
    }
    const stated = new Set(ordered.filter((c) => c.destination));
    for (const c of ordered) {
      const g = groupOf(ctx, c);
      if (c.destination || !g) continue;
      // "Worldwide, 100,000 work overseas": a global count has no single destination.
      if (
        /\b(?:worldwide|overseas|abroad|around the world|across the world|countries)\b/i.test(c.sentence.text)
      )
        continue;
      const sameParagraph = ordered.filter(
        (p) =>
          stated.has(p) &&
          groupOf(ctx, p) === g &&
          p.sentence.paragraph === c.sentence.paragraph &&
          (p.sentence.index < c.sentence.index ||
            (p.sentence.index === c.sentence.index && p.figure.start < c.figure.start)),
      );
      // "The deployment will include 5,000 builders …": the parts of a flow stated just before.
      if (PARTS_OF.test(c.sentence.text)) {
        const whole = ordered.filter(
          (p) =>
            stated.has(p) && p.sentence.index < c.sentence.index && p.sentence.index >= c.sentence.index - 3,
        );
        // The whole may have been dropped as a breakdown's total: then the place its sentence names.
        const prev = ctx.sentences[c.sentence.index - 1];
        const named = prev
          ? findPlaces(prev.text, ctx.reference.places)
              .filter((p) => p.kind !== "adjective")
              .sort((a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind])[0]?.name
          : undefined;
        const place = whole.length ? whole[whole.length - 1].destination : named;
        if (place) {
          c.destination = place;
          ctx.debug("inheritDestination", "set", c, `destination "${place}": part of the flow before`);
          continue;
        }
      }
      // "Of these, 7,887 …": an elliptical count goes where its antecedent went.
      if (c.antecedent?.destination) {
        c.destination = c.antecedent.destination;
        continue;
      }
      if (!sameParagraph.length && c.subject === "casualties" && main.has("front")) {
        c.destination = main.get("front")!;
        ctx.debug("inheritDestination", "set", c, `destination "${c.destination}": the article's front`);
        continue;
      }
      const from = sameParagraph.length
        ? sameParagraph[sameParagraph.length - 1].destination
        : g === "labour"
          ? null
          : (main.get(g) ?? null);
      if (from) {
        c.destination = from;
        ctx.debug(
          "inheritDestination",
          "set",
          c,
          `destination "${from}" from the ${sameParagraph.length ? "paragraph" : "document"}`,
        );
      }
    }
    return candidates;
  },
};
