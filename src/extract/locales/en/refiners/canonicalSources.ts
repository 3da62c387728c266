// Source names in canonical form. Runs after attachAttribution:
// - a chain ("Yonhap, citing the NIS") credits its innermost *named* link — the contract's
//   attributed_to is who the text says the figure comes from, and a relay is not that; an
//   anonymous inner link ("citing a government source") leaves the relay as the source;
// - "Pentagon spokeswoman", "HUR figures" → the body itself;
// - well-known bodies and acronyms the article defines → `Canonical Name (ACRONYM)`;
// - a generic description ("the agency", "the think tank", "the ministry") → the most recent
//   compatible named source earlier in the document, else the description is kept.
import { setEach } from "../../../context.ts";
import type { Candidate, ExtractContext } from "../../../context.ts";
import { canonicalSource, definedAcronyms, descriptionKinds, kindOf, mentionedBodies } from "../sources.ts";
import type { SourceKind } from "../sources.ts";
import { reportBody } from "./framingSource.ts";

interface DocSources {
  acronyms: Map<string, string>;
  /** Named sources per sentence, canonical, in sentence order. */
  named: { sentence: number; start: number; display: string; kind: SourceKind }[];
}

const cache = new WeakMap<ExtractContext, DocSources>();

const ROLE_TAIL =
  /^(.+?)\s+(?:figures|data|statistics|records|documents|estimates|spokeswoman|spokesman|spokesperson|officials?|sources?|analysts?|assessment|report)$/iu;

// "a spokesperson for South Korea's defense ministry", "officials at the Pentagon": the body.
const ROLE_OF =
  /^(?:(?:an?|the)\s+)?(?:(?:senior|top|chief|deputy)\s+)?(?:spokes(?:man|woman|person)|officials?|representatives?|sources?)\s+(?:for|of|at|from|with|in)\s+(.+)$/iu;

/** "Pentagon spokeswoman" → "Pentagon" when what is left is a named body. */
function stripRole(name: string, ctx: ExtractContext, acronyms: Map<string, string>): string {
  const of = ROLE_OF.exec(name);
  if (
    of &&
    (canonicalSource(of[1], ctx.doc.text, acronyms, ctx.reference.bodies) ||
      /\b(?:ministry|agency|service|department|office|institute|council|command|government|embassy|committee|military|army|directorate)\b/i.test(
        of[1],
      ))
  )
    return of[1];
  const m = ROLE_TAIL.exec(name);
  if (!m) return name;
  const head = m[1];
  if (canonicalSource(head, ctx.doc.text, acronyms, ctx.reference.bodies)) return head;
  // A single capitalised name that is not a demonym ("American officials" stays).
  if (/^(?:[\p{Lu}][\p{Ll}]+|[A-Z]{2,6})$/u.test(head) && !/(?:an|ese|ish|ic)$/.test(head)) return head;
  return name;
}

function canonical(name: string, ctx: ExtractContext, acronyms: Map<string, string>): string {
  const stripped = stripRole(name, ctx, acronyms);
  return canonicalSource(stripped, ctx.doc.text, acronyms, ctx.reference.bodies)?.display ?? stripped;
}

function docSources(ctx: ExtractContext): DocSources {
  let d = cache.get(ctx);
  if (d) return d;
  const acronyms = definedAcronyms(ctx.doc.text);
  const named: DocSources["named"] = [];
  for (const s of ctx.sentences)
    for (const a of ctx.attributions(s.index)) {
      if (!a.name || a.anaphoric || a.soft) continue;
      for (const link of a.chain.length ? a.chain : [a.name]) {
        const stripped = stripRole(link, ctx, acronyms);
        const c = canonicalSource(stripped, ctx.doc.text, acronyms, ctx.reference.bodies);
        // A description ("the agency", a headline's "Spy Agency") is no named body, unless it is a
        // known one ("South Korea's defence ministry").
        const titleCased = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*$/u.test(link);
        if (!c && descriptionKinds(titleCased ? link.toLowerCase() : link)) continue;
        const display = c?.display ?? stripped;
        named.push({ sentence: s.index, start: a.start, display, kind: kindOf(display, c?.type ?? "") });
      }
    }
  // Bodies named in passing ("The Korea Institute for Defense Analyses (KIDA) said…") count too.
  const starts = ctx.sentences.map((s) => s.start);
  for (const m of mentionedBodies(ctx.doc.text, acronyms, ctx.reference.bodies)) {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= m.at) i++;
    named.push({
      sentence: i,
      start: m.at - (starts[i] ?? 0),
      display: m.display,
      kind: kindOf(m.display, m.type),
    });
  }
  named.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  d = { acronyms, named };
  cache.set(ctx, d);
  return d;
}

/** Chain links that are anonymous or generic do not count as the origin. */
function isNamedLink(link: string): boolean {
  return /\p{Lu}/u.test(link) && !/^(?:an?|some|one)\s/i.test(link) && !/\bsources?\b/i.test(link);
}

/** The latest body of a compatible kind named before the candidate's figure. */
function priorBody(d: DocSources, c: Candidate, kinds: SourceKind[], description: string): string | null {
  const head = description.split(/\s+/).pop()!.toLowerCase();
  const prior = d.named.filter(
    (n) =>
      kinds.includes(n.kind) &&
      (n.sentence < c.sentence.index || (n.sentence === c.sentence.index && n.start < c.figure.start)),
  );
  const pool = prior.some((n) => n.display.toLowerCase().includes(head))
    ? prior.filter((n) => n.display.toLowerCase().includes(head))
    : prior;
  return pool.length ? pool[pool.length - 1].display : null;
}

export const canonicalSources = setEach("canonicalSources", (ctx, c) => {
  if (!c.attributedTo) return;
  const d = docSources(ctx);
  let name = c.attributedTo;
  const chain = c.attributionChain;
  // Only a relay ("citing", "quoting") makes an inner link the origin; "X, head of Y" is X speaking.
  if (chain.length > 1 && /\b(?:citing|quoting|cited|according to)\b/i.test(c.sentence.text)) {
    const inner = chain[chain.length - 1];
    if (inner !== name && isNamedLink(inner)) {
      ctx.debug("canonicalSources", "note", c, `chain: credited the origin "${inner}" rather than "${name}"`);
      name = inner;
    } else if (inner !== name && descriptionKinds(inner)) {
      // "Citing the spy agency, the lawmakers said": the origin is the agency, named earlier.
      const origin = priorBody(d, c, descriptionKinds(inner)!, inner);
      if (origin) {
        ctx.debug("canonicalSources", "note", c, `chain: the origin "${inner}" is "${origin}"`);
        c.attributedTo = origin;
        c.attributionChain = [...chain.slice(0, -1).map((l) => canonical(l, ctx, d.acronyms)), origin];
        return;
      }
    }
  }
  // "The report said": the body whose report the article relays.
  if (/^(?:the\s+|this\s+|its\s+)?(?:report|findings|study|document)$/i.test(name)) {
    const body = reportBody(ctx);
    if (body) {
      ctx.debug("canonicalSources", "note", c, `"${name}" is the report of ${body}`);
      c.attributedTo = body;
      c.attributionChain = [body];
      return;
    }
  }
  const kinds = descriptionKinds(name);
  const direct = canonicalSource(
    stripRole(name, ctx, d.acronyms),
    ctx.doc.text,
    d.acronyms,
    ctx.reference.bodies,
  );
  if (!direct && kinds) {
    // Most recent compatible named source before this sentence (or earlier in it).
    const prior = d.named.filter(
      (n) => n.sentence < c.sentence.index || (n.sentence === c.sentence.index && n.start < c.figure.start),
    );
    // Else a body named in the next few sentences: a lede's "the spy agency told lawmakers" is
    // usually named a sentence or two later.
    const head = name.split(/\s+/).pop()!.toLowerCase();
    const compatible = prior.filter((n) => kinds.includes(n.kind));
    // "the team" prefers a body whose name holds that word; then the latest sentence, and in it
    // the first body named (the sentence's subject, not one named in passing).
    const pool = compatible.some((n) => n.display.toLowerCase().includes(head))
      ? compatible.filter((n) => n.display.toLowerCase().includes(head))
      : compatible;
    const last = pool.length ? pool[pool.length - 1].sentence : -1;
    const hit =
      pool.find((n) => n.sentence === last) ??
      d.named.find(
        (n) => n.sentence > c.sentence.index && n.sentence <= c.sentence.index + 3 && kinds.includes(n.kind),
      );
    if (hit) {
      ctx.debug("canonicalSources", "note", c, `"${name}" refers back to "${hit.display}"`);
      c.attributedTo = head === "source" ? `${hit.display} source` : hit.display;
      c.attributionChain = chain.map((l) => (l === name ? hit.display : canonical(l, ctx, d.acronyms)));
      return;
    }
  }
  // A kept description loses its pronoun: "Its military" → "military" (the body is not named).
  c.attributedTo =
    kinds && !direct ? name.replace(/^(?:its|their|his|her)\s+/i, "") : canonical(name, ctx, d.acronyms);
  // "Lee said", after "director Lee Jong-seok": the full name the article gave the person.
  const full = !direct && !kinds ? fullName(c.attributedTo, ctx, d) : null;
  if (full) {
    ctx.debug("canonicalSources", "note", c, `"${c.attributedTo}" is "${full}" named earlier`);
    c.attributedTo = full;
  }
  c.attributionChain = chain.map((l) => canonical(l, ctx, d.acronyms));
});

const PERSON_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Ll}+)?";

/** The two- or three-word name that holds `surname`: a speaker named in the article, else its first mention. */
function fullName(surname: string, ctx: ExtractContext, d: DocSources): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return null;
  const holds = (n: string) => {
    const words = n.split(/\s+/);
    return (
      words.length >= 2 && words.length <= 3 && (words[0] === surname || words[words.length - 1] === surname)
    );
  };
  const speaker = d.named.find((n) => n.kind === "person" && holds(n.display));
  if (speaker) return speaker.display;
  const re = new RegExp(
    `(?<![\\p{L}])(?:${PERSON_WORD} ){1,2}${surname}(?![\\p{L}])|(?<![\\p{L}])${surname}(?: ${PERSON_WORD}){1,2}(?![\\p{L}'’])`,
    "u",
  );
  const m = re.exec(ctx.doc.text);
  if (!m) return null;
  // Only a person: no place, body or title word inside ("Lee Seong-kweun", not "Lee Said" or "Kursk Region").
  const words = m[0].split(/\s+/);
  if (
    words.some(
      (w) =>
        kindOf(w, "") !== "body" ||
        /^(?:The|A|An|In|On|At|No|But|And|He|She|It|They|We|This|That|Rep|Gen|President|Minister|Director|Said|Says|North|South|National|Korea|Russia|Russian)$/.test(
          w,
        ),
    )
  )
    return null;
  return kindOf(m[0], "") === "person" ? m[0] : null;
}
