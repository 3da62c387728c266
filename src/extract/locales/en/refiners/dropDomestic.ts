// Drops figures about life inside North Korea ("the official monthly salary in Pyongyang is
// 5,000 won"): only flows abroad are claims.
import { dropWhen } from "../../../context.ts";
import { findPlaces } from "../places.ts";

const INSIDE =
  /\b(?:in|inside|within|across)\s+(?:Pyongyang|North Korea|the North|the DPRK|the country's (?:factories|farms|cities))\b|\bdomestic\b/i;

export const dropDomestic = dropWhen("dropDomestic", (ctx, c) => {
  if (
    c.subject !== "wage" &&
    c.subject !== "workers" &&
    c.subject !== "wage_share" &&
    c.subject !== "nationals"
  )
    return null;
  const s = c.sentence.text;
  if (!INSIDE.test(s)) return null;
  // A foreign place in the same sentence means the figure is about work abroad after all.
  return findPlaces(s, ctx.reference.places).some((p) => p.kind !== "adjective")
    ? null
    : "life inside North Korea";
});
