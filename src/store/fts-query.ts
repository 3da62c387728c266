// Turns what a user typed into a search box into a query the database cannot choke on.
// FTS5 has its own syntax (quotes, NEAR(), AND/OR/NOT, column filters, `*`, `^`); feeding user
// input to MATCH directly turns `"foo` or `NEAR(` into a syntax error. We keep only the part of
// that syntax people expect from a search box: words (all must match), "quoted phrases" and a
// trailing `*` for a prefix, and an upper-case OR between two terms. Everything else is quoted
// as plain text.

export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
  /** True when the term was joined to the previous one by `OR` (otherwise both are required). */
  or: boolean;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits a search-box query into words and balanced "quoted phrases"; stray quotes are dropped. */
export function parseSearchQuery(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const input = q.normalize("NFC");
  const quotes = [...input.matchAll(/"/g)].length;
  // An odd quote count means one is unbalanced: treat every quote as plain punctuation.
  const usePhrases = quotes % 2 === 0;
  const pattern = usePhrases ? /"([^"]*)"|(\S+)/g : /(\S+)/g;
  let or = false;
  for (const m of input.matchAll(pattern)) {
    if (usePhrases && m[1] !== undefined) {
      const text = m[1].trim();
      if (HAS_WORD.test(text)) terms.push({ text, phrase: true, prefix: false, or: or && terms.length > 0 });
      or = false;
      continue;
    }
    let word = (usePhrases ? m[2] : m[1]).replace(/"/g, "");
    if (word === "OR") {
      or = true;
      continue;
    }
    const prefix = /[\p{L}\p{N}]\*$/u.test(word);
    word = word.replace(/\*+$/, "");
    if (HAS_WORD.test(word)) terms.push({ text: word, phrase: false, prefix, or: or && terms.length > 0 });
    or = false;
  }
  return terms;
}

/** An FTS5 MATCH expression: every term quoted (so operators are plain text), all required. */
export function toFts5Query(q: string): string | null {
  const terms = parseSearchQuery(q);
  if (terms.length === 0) return null;
  return terms
    .map(
      (t, i) => `${i === 0 ? "" : t.or ? " OR " : " "}"${t.text.replace(/"/g, '""')}"${t.prefix ? "*" : ""}`,
    )
    .join("");
}

/**
 * A PostgreSQL tsquery built from the same terms, passed as a parameter to `to_tsquery`: words
 * become lexemes (`:*` for prefixes), phrases `<->` chains. Every lexeme is single-quoted, so
 * tsquery operators in user input are plain text.
 */
export function toTsQuery(q: string): string | null {
  let out = "";
  for (const t of parseSearchQuery(q)) {
    const words = t.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    const quoted = words.map((w) => `'${w.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`);
    if (t.prefix) quoted[quoted.length - 1] += ":*";
    const part = quoted.length > 1 ? `(${quoted.join(" <-> ")})` : quoted[0];
    out += out === "" ? part : `${t.or ? " | " : " & "}${part}`;
  }
  return out || null;
}
