// A generic count sharpened by what its own sentence says of the same people: "2,000 workers … for
// the construction sector" are construction workers; "14 North Korean nationals … hired as IT
// workers" are IT workers; "904 North Koreans, half of the North Korean workers there" are workers;
// "6,000 personnel — including military engineers and builders —" are military builders; "some of
// whom earned $300,000 a year" is a wage.
import type { Subject } from "../../../../types.ts";
import { setEach } from "../../../context.ts";
import type { Candidate } from "../../../context.ts";

const CONSTRUCTION =
  /\b(?:construction (?:sector|sites?|industry|projects?|companies|firms|work|labou?r)|Ministry of Construction|construction ministry|housing construction)\b/i;
const IT =
  /\b(?:IT|information technology|tech) (?:workers|specialists|professionals|developers)\b|\bsoftware developers\b/;
const WORKERS = /\b(?:workers|labou?rers)\b/i;
const BUILDERS_APPOSITIVE =
  /^[^.;]{0,20}?[—–(]\s*(?:including|among them|mostly|mainly)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:engineers|builders|construction)\b/u;

const PERSONAL_EARNINGS =
  /\b(?:of whom|who|each|per worker|individually|apiece)\b[^.;]{0,30}?\b(?:earn(?:ed|s|ing)?|made|make|makes|paid|received|receives)\s*$/i;

function sharper(c: Candidate): { subject: Subject; why: string } | null {
  const s = c.sentence.text;
  const after = s.slice(Math.max(c.figure.end, c.match.end));
  switch (c.subject) {
    case "troops":
      return BUILDERS_APPOSITIVE.test(after)
        ? { subject: "military_builders", why: "listed as engineers and builders" }
        : null;
    case "workers":
      if (IT.test(s)) return { subject: "it_workers", why: "IT workers" };
      return CONSTRUCTION.test(s) && !/\bmilitary\b/i.test(s)
        ? { subject: "construction_workers", why: "for construction" }
        : null;
    case "nationals":
      if (c.event === "entries") return null; // counted at a border: nationals by the contract
      if (IT.test(s)) return { subject: "it_workers", why: "IT workers" };
      return WORKERS.test(after) ? { subject: "workers", why: "the same people called workers" } : null;
    case "revenue":
      // "the IT workers, some of whom earned up to $300,000 a year": one person's pay, not the state's take.
      return PERSONAL_EARNINGS.test(s.slice(0, c.figure.start))
        ? { subject: "wage", why: "what some of them earned each" }
        : null;
    default:
      return null;
  }
}

export const sharpenSubject = setEach("sharpenSubject", (ctx, c) => {
  const to = sharper(c);
  if (!to) return;
  ctx.debug("sharpenSubject", "set", c, `${c.subject} → ${to.subject}: ${to.why}`);
  c.subject = to.subject;
});
