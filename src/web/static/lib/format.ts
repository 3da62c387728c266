// How figures, sources and dates read in the dashboard.

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  approx: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
  range: "",
};

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** `more than 13,000`, `1,000–1,500`, `about 30`. */
export function formatFigure(quantity: number | readonly number[], qualifier: string): string {
  const figure = Array.isArray(quantity)
    ? `${number.format(quantity[0])}–${number.format(quantity[1])}`
    : number.format(quantity as number);
  const word = QUALIFIER_WORDS[qualifier] ?? qualifier;
  return word ? `${word} ${figure}` : figure;
}

/** `persons`, `USD/month`; underscores in vocabulary terms read as spaces. */
export function formatTerm(term: unknown): string {
  return term ? String(term).replaceAll("_", " ") : "—";
}

/** "A, citing B, citing C" from the attribution chain, falling back to the immediate source. */
export function formatSource(claim: {
  attributionChain?: string[] | null;
  attributedTo?: string | null;
}): string {
  const chain = Array.isArray(claim.attributionChain) ? claim.attributionChain : [];
  if (chain.length > 0) return chain.join(", citing ");
  return claim.attributedTo || "—";
}

export function formatOutlet(claim: { outlet?: string | null; published?: string | null }): string {
  const parts = [claim.outlet, claim.published].filter(Boolean);
  return parts.length ? parts.join(", ") : "—";
}

/** The languages documents are read in, by their ISO 639-1 code. */
export const LANGUAGES: Record<string, string> = { en: "English", ru: "Russian", ko: "Korean" };

/** "Russian (ru)"; an unknown code as it is; "—" without one. */
export function languageName(code: string | null | undefined): string {
  if (!code) return "—";
  const name = LANGUAGES[code];
  return name ? `${name} (${code})` : code;
}
