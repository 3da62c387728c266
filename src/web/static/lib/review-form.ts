// Pure helpers for the review controls: reading the correction form into the API's `correction`
// object (only the fields that differ from the claim), and describing a review in words.

/** "12000" → 12000; "1,000–1,500" or "1000-1500" → [1000, 1500]; anything else → null. */
export function parseQuantity(text: unknown): number | [number, number] | null {
  const cleaned = String(text ?? "")
    .replace(/[\s,]/g, "")
    .replace(/[–—]/g, "-");
  const single = /^\d+(\.\d+)?$/;
  if (single.test(cleaned)) return Number(cleaned);
  const parts = cleaned.split("-");
  if (parts.length === 2 && parts.every((p) => single.test(p))) return [Number(parts[0]), Number(parts[1])];
  return null;
}

export function quantityText(quantity: number | readonly number[]): string {
  return Array.isArray(quantity) ? `${quantity[0]}–${quantity[1]}` : String(quantity);
}

/** The form's field names, in order, with the claim field each corrects. */
export const CORRECTION_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ["quantity", "quantity"],
  ["qualifier", "qualifier"],
  ["unit", "unit"],
  ["subject", "subject"],
  ["event", "event"],
  ["destination", "destination"],
  ["source", "attributedTo"],
  ["time", "time"],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Turns form values (strings) into `{ correction, problems }`: only changed fields are included;
 * an emptied destination, source or time becomes null.
 * `claim` is the claim to compare with (the extracted one).
 */
export function correctionFrom(
  values: Record<string, string | undefined>,
  claim: object,
): { correction: Record<string, unknown>; problems: string[] } {
  const fields = claim as Record<string, unknown>;
  const correction: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, field] of CORRECTION_FIELDS) {
    const raw = String(values[name] ?? "").trim();
    let value: unknown;
    if (name === "quantity") {
      value = parseQuantity(raw);
      if (value === null) {
        problems.push("Quantity must be a number such as 12000, or a range such as 1000–1500.");
        continue;
      }
    } else if (name === "unit") {
      if (!raw) {
        problems.push("Unit cannot be empty.");
        continue;
      }
      value = raw;
    } else if (name === "destination" || name === "source" || name === "time") {
      value = raw === "" ? null : raw;
    } else {
      value = raw;
    }
    if (!same(value, fields[field])) correction[field] = value;
  }
  if (!problems.length && Object.keys(correction).length === 0)
    problems.push("Nothing differs from the extracted claim: change a field, or use Accept.");
  return { correction, problems };
}

const DECISION_WORDS: Record<string, string> = {
  accept: "Accepted",
  reject: "Rejected",
  correct: "Corrected",
};

/** "Corrected by ana on 2026-11-23". */
export function describeReview(
  review: { decision: string; author: string; createdAt: string } | null | undefined,
): string {
  if (!review) return "Not reviewed";
  const word = DECISION_WORDS[review.decision] ?? review.decision;
  return `${word} by ${review.author} on ${String(review.createdAt).slice(0, 10)}`;
}
