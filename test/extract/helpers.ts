import { extractClaims } from "../../src/extract/index.ts";
import type { Claim } from "../../src/types.ts";

/** Claims from a one-off text written for a test. */
export function claimsOf(text: string, published: string | null = null): Claim[] {
  return extractClaims({ id: "t", text, published });
}

/** The single claim a sentence yields (fails the test if there is not exactly one). */
export function only(text: string, published: string | null = null): Claim {
  const claims = claimsOf(text, published);
  if (claims.length !== 1)
    throw new Error(
      `expected one claim, got ${claims.length}: ${JSON.stringify(claims.map((c) => [c.subject, c.quantity]))}`,
    );
  return claims[0];
}
