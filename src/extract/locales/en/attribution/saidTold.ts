// "X said/told/reported/estimated (that) …", inverted quotes ("…,” said the ministry"), "X met Kim
// and said …", "Budanov, whose name is also spelled …, said", "sources … told Daily NK" (the outlet).
import {
  classify,
  clauseSubject,
  GENERIC,
  phraseAfter,
  phraseBefore,
  RELATIVE_SPEAKER,
  SAY_RE,
} from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

export const saidTold: AttributionFrame = {
  name: "said-told",
  find(sentence, found, citedList, places) {
    const cited = [...citedList];
    const out: Attribution[] = [];
    SAY_RE.lastIndex = 0;
    for (const m of sentence.matchAll(SAY_RE)) {
      const verbAt = m.index;
      if (m[0] === "report" || m[0] === "reports") {
        // "reports that ..." as a noun is generic hearsay, not a named source.
        const prevWord = /(\S+)\s*$/.exec(sentence.slice(0, verbAt))?.[1] ?? "";
        if (!/^\p{Lu}/u.test(prevWord) || /^(?:The|These|Some|Recent|Media|News)$/.test(prevWord)) {
          out.push({ name: null, chain: [], start: verbAt, end: verbAt + m[0].length, anaphoric: false });
          continue;
        }
      }
      if ([...found, ...out].some((o) => verbAt >= o.start && verbAt < o.end)) continue;
      // "Budanov, whose name is also spelled …, said": the name before the relative clause speaks.
      const relative = RELATIVE_SPEAKER.exec(sentence.slice(0, verbAt));
      if (relative) {
        const at = relative.index + relative[0].indexOf(relative[1]);
        out.push(classify(relative[1], at, verbAt + m[0].length, cited));
        continue;
      }
      // Inverted: "…,” said the ministry." / ", said Kim Byung-kee, a lawmaker"
      if (
        !/^(?:told|tells)$/i.test(m[0]) &&
        /[,”"’]\s*$/.test(sentence.slice(Math.max(0, verbAt - 3), verbAt))
      ) {
        const after = phraseAfter(sentence, verbAt + m[0].length + 1);
        if (after) {
          out.push(classify(after.text, verbAt, after.end, cited));
          continue;
        }
      }
      // "X met Kim in Pyongyang and said …": the subject of the clause is the source.
      const conj = /\band\s+(?:also\s+|later\s+|then\s+)?$/i.exec(sentence.slice(0, verbAt));
      if (conj) {
        const subject = clauseSubject(sentence, verbAt);
        if (subject) {
          // The span is "and said" only: the subject's own clause may hold figures.
          out.push(classify(subject.text, conj.index, verbAt + m[0].length, cited));
          continue;
        }
      }
      const before = phraseBefore(sentence, verbAt, places);
      // "A study by X and Y revealed": Y is X's co-author, the verb is the study's.
      if (
        before &&
        [...found, ...out].some(
          (o) =>
            (before.start >= o.start && before.start < o.end) ||
            (o.end <= before.start && /^\s*(?:and|&)\s*$/.test(sentence.slice(o.end, before.start))),
        )
      )
        continue;
      // "sources familiar with the matter told Daily NK": the outlet is the named source.
      const unnamed = /\bsources?\s+(?:in|from|at|close to|familiar with|inside|within)\s+[^,;]*$/i.test(
        sentence.slice(0, verbAt),
      );
      if (
        m[0] === "told" &&
        (!before || unnamed || GENERIC.test(before.text.replace(/^(?:the|a|an)\s+/i, "")))
      ) {
        const outlet = phraseAfter(sentence, verbAt + m[0].length + 1);
        if (
          outlet &&
          /^(?:the\s+)?\p{Lu}/u.test(outlet.text) &&
          !/^(?:reporters|lawmakers|journalists)$/i.test(outlet.text)
        ) {
          out.push(classify(outlet.text, verbAt, outlet.end, cited));
          continue;
        }
      }
      if (before && !/^(?:that|which|who)$/i.test(before.text)) {
        out.push(classify(before.text, before.start, verbAt + m[0].length, cited));
        continue;
      }
      if (/[,”"’]\s*$/.test(sentence.slice(Math.max(0, verbAt - 3), verbAt))) continue;
      // "Satellite images show ...": a source of its own, but not a named one.
      const prevWord = /([\p{L}]+)\s*$/u.exec(sentence.slice(0, verbAt))?.[1] ?? "";
      if (
        prevWord &&
        !/\d[\d,.]*\s*$/.test(sentence.slice(0, verbAt)) &&
        !/^(?:a|an|the|has|have|had|is|was|are|were|be|been|being|to|and|or|which|that|who|widely|previously|also)$/i.test(
          prevWord,
        ) &&
        !/^(?:estimated|estimates|estimate|report|reports)$/i.test(m[0])
      ) {
        out.push({
          name: null,
          chain: [],
          start: verbAt - prevWord.length,
          end: verbAt + m[0].length,
          anaphoric: false,
        });
      }
    }
    return out;
  },
};
