// Claims in the JSONL contract (../shared/corpus/README.md) turned into assessable claims, so a
// file of hand-made or gold claims can be assessed directly, bypassing extraction. Offsets are
// reconstructed from the evidence sentence; the optional `role` and `confidence` are kept.
import type { Claim, ContractClaim } from "../types.ts";
import { locateFigure } from "./figure-context.ts";

export type ContractLine = ContractClaim & { id?: string; role?: string; confidence?: number };

/** One contract line → a claim; throws with the line number when a field is missing. */
export function fromContract(line: ContractLine, lineNo = 0): Claim & { id?: string } {
  if (!line || typeof line !== "object") throw new Error(`line ${lineNo}: not a JSON object`);
  if (typeof line.doc !== "string" || !line.doc) throw new Error(`line ${lineNo}: "doc" is missing`);
  const evidence = typeof line.evidence === "string" ? line.evidence : "";
  const at = locateFigure({ evidence, quantity: line.quantity }) ?? [0, 0];
  const chain = line.attributed_to ? [line.attributed_to] : [];
  const claim: Claim & { id?: string; role?: string; confidence?: number } = {
    docId: line.doc,
    quantity: line.quantity,
    qualifier: line.qualifier ?? "exact",
    unit: line.unit,
    subject: line.subject,
    event: line.event,
    destination: line.destination ?? null,
    attributedTo: line.attributed_to ?? null,
    attributionChain: chain,
    time: line.time ?? null,
    modality: line.event === "deployment_planned" ? "planned" : "reported",
    evidence,
    sentence: { start: 0, end: evidence.length },
    span: { start: at[0], end: at[1] },
  };
  if (line.id) claim.id = line.id;
  if (line.role) claim.role = line.role;
  if (typeof line.confidence === "number") claim.confidence = line.confidence;
  return claim;
}

/** Parses a JSONL text of contract claims, grouped by document id in first-seen order. */
export function parseContractJsonl(text: string): Map<string, (Claim & { id?: string })[]> {
  const byDoc = new Map<string, (Claim & { id?: string })[]>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: ContractLine;
    try {
      json = JSON.parse(raw) as ContractLine;
    } catch (err) {
      throw new Error(`line ${i + 1}: not JSON: ${(err as Error).message}`);
    }
    const claim = fromContract(json, i + 1);
    const list = byDoc.get(claim.docId) ?? [];
    list.push(claim);
    byDoc.set(claim.docId, list);
  });
  return byDoc;
}
