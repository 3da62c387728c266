// Drops counts of captured soldiers and prisoners of war: a capture is not a flow
// ("Ukraine says it captured two North Korean soldiers").
import { dropWhen } from "../../../context.ts";

export const dropCaptives = dropWhen("dropCaptives", (_ctx, c) => {
  if (c.subject !== "troops" && c.subject !== "casualties" && c.subject !== "nationals") return null;
  const s = c.sentence.text;
  if (
    /\b(?:captured|capturing|captures|taken prisoner|took prisoner|detained|surrendered)\s+(?:\S+\s+){0,2}$/i.test(
      s.slice(0, c.figure.start),
    )
  )
    return "captives";
  if (/^\s*(?:\S+\s+){0,4}?(?:prisoners of war|POWs|prisoners|captives)\b/i.test(s.slice(c.figure.end)))
    return "prisoners of war";
  // "two North Korean soldiers were captured by Ukrainian forces": the passive.
  if (
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?:were|was|had been|have been|being)\s+(?:\w+\s+)?(?:captured|taken prisoner|detained)\b/iu.test(
      s.slice(c.figure.end, c.figure.end + 80),
    )
  )
    return "captives";
  return null;
});
