// "a foreman in Vladivostok said", "…,” said a recruiter in Kazan": an unnamed role placed by a town.
import { classify, ROLE_AT_PLACE } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

export const roleAtPlace: AttributionFrame = {
  name: "role-at-place",
  find(sentence, found) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(ROLE_AT_PLACE)) {
      const phrase = m[1] ?? m[2];
      const at = m.index + m[0].indexOf(phrase);
      if ([...found, ...out].some((o) => at >= o.start && at < o.end)) continue;
      // "a source in Dandong told Yonhap": the outlet is the named source (the said/told frame).
      if (
        m[1] &&
        /\btold\s+(?:the\s+)?\p{Lu}/u.test(
          sentence.slice(m.index + m[0].length - 5, m.index + m[0].length + 10),
        )
      )
        continue;
      out.push({ ...classify(phrase, Math.min(at, m.index), m.index + m[0].length), anaphoric: false });
    }
    return out;
  },
};
