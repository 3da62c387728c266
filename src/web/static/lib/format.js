// How figures, sources and dates read in the dashboard.

const QUALIFIER_WORDS = {
  exact: "",
  approx: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
  range: "",
};

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** `more than 13,000`, `1,000–1,500`, `about 30`. */
export function formatFigure(quantity, qualifier) {
  const figure = Array.isArray(quantity)
    ? `${number.format(quantity[0])}–${number.format(quantity[1])}`
    : number.format(quantity);
  const word = QUALIFIER_WORDS[qualifier] ?? qualifier;
  return word ? `${word} ${figure}` : figure;
}

/** `persons`, `USD/month`; underscores in vocabulary terms read as spaces. */
export function formatTerm(term) {
  return term ? String(term).replaceAll("_", " ") : "—";
}

/** "A, citing B, citing C" from the attribution chain, falling back to the immediate source. */
export function formatSource(claim) {
  const chain = Array.isArray(claim.attributionChain) ? claim.attributionChain : [];
  if (chain.length > 0) return chain.join(", citing ");
  return claim.attributedTo || "—";
}

export function formatOutlet(claim) {
  const parts = [claim.outlet, claim.published].filter(Boolean);
  return parts.length ? parts.join(", ") : "—";
}
