// FollowTheMoney export (JSON lines): documents as Article, origins as Organization, designated
// parties as Person/Organization/Company/LegalEntity with Sanction entities, each claim as a
// Documentation link (Article → origin) and each finding as a Note. Ids are deterministic hashes,
// so re-exporting the same data gives the same ids and Aleph/OpenSanctions tools merge cleanly.
import { createHash } from "node:crypto";
import { amountPhrase } from "../assess/prose.ts";
import type { AssessmentSnapshot, ClaimRecord, PartyHit } from "../assess/types.ts";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Ids of list records merged into this (registry) entity, as OpenSanctions writes them. */
  referents?: string[];
}

export function ftmId(...parts: string[]): string {
  return `fw-${createHash("sha1").update(parts.join("\u0000")).digest("hex")}`;
}

function props(
  values: Record<string, (string | null | undefined)[] | string | null | undefined>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    const list = (Array.isArray(v) ? v : [v]).filter(
      (x): x is string => typeof x === "string" && x.length > 0,
    );
    if (list.length) out[k] = [...new Set(list)];
  }
  return out;
}

const COMPANY =
  /\b(co|company|corp|corporation|ltd|llc|inc|trading|bank|jsc|plc|gmbh|enterprise|shipping)\b\.?/i;
const ORGANIZATION =
  /\b(bureau|department|ministry|committee|association|army|office|agency|party|group|commission|general|center|centre|university|institute)\b/i;

const SCHEMAS = ["Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"];

/**
 * Schema for a designated party: the list record's entity type (person → Person, vessel → Vessel,
 * a body → Company or Organization by its name), else a cautious guess by name.
 */
export function partySchema(hit: PartyHit & { schema?: string }): string {
  if (hit.schema && SCHEMAS.includes(hit.schema)) return hit.schema;
  switch (hit.type) {
    case "person":
      return "Person";
    case "vessel":
      return "Vessel";
    case "aircraft":
      return "Airplane";
    case "organization":
      return COMPANY.test(hit.name) ? "Company" : "Organization";
  }
  if (COMPANY.test(hit.name)) return "Company";
  if (ORGANIZATION.test(hit.name)) return "Organization";
  // List style "KIM, Jong Un": a family name in capitals, a comma, given names.
  if (/^[A-Z][A-Z'-]+,\s+[A-Z][a-z]/.test(hit.name)) return "Person";
  return "LegalEntity";
}

/** An origin is a person when the registry says so (`person:` ids), else a body. */
function originSchema(originId: string): string {
  return originId.startsWith("person:") ? "Person" : "Organization";
}

export interface FtmSource {
  snapshot: AssessmentSnapshot;
  claim(key: string): ClaimRecord | undefined;
  document(
    id: string,
  ):
    { title: string | null; outlet: string | null; published: string | null; url: string | null } | undefined;
  parties?: (PartyHit & { schema?: string })[];
}

export function toFtmEntities(src: FtmSource): FtmEntity[] {
  const out = new Map<string, FtmEntity>();
  const put = (e: FtmEntity) => {
    if (!out.has(e.id)) out.set(e.id, e);
  };
  const articleId = (docId: string) => ftmId("article", docId);
  const addArticle = (docId: string) => {
    const d = src.document(docId);
    put({
      id: articleId(docId),
      schema: "Article",
      properties: props({
        title: d?.title ?? docId,
        publishedAt: d?.published?.slice(0, 10),
        sourceUrl: d?.url,
        publisher: d?.outlet,
        fileName: docId,
      }),
    });
  };

  for (const s of src.snapshot.series) {
    for (const p of s.periods) {
      for (const f of p.figures) {
        addArticle(f.docId);
        const originId = ftmId("origin", f.origin.id);
        put({
          id: originId,
          schema: originSchema(f.origin.id),
          properties: props({ name: f.origin.name, notes: `flowwatch origin ${f.origin.id}` }),
        });
        const record = src.claim(f.claimKey);
        put({
          id: ftmId("claim", f.claimKey),
          schema: "Documentation",
          properties: props({
            document: articleId(f.docId),
            entity: originId,
            role: `source of figure: ${s.subject} ${s.family}`,
            // Interval-level properties only (summary, date, sourceUrl) so older FtM versions load it.
            summary: `${amountPhrase(f.quantity, f.qualifier, s.unit, s.unit === "persons" ? s.subject.replace(/_/g, " ") : s.subject)} (${s.measure ?? s.family}, ${s.place}, ${p.period}); grade ${f.grade.reliability}${f.grade.credibility}. Evidence: “${f.evidence}”`,
            date: record?.claim.time ?? undefined,
            sourceUrl: f.url,
          }),
        });
      }
    }
  }

  const referents = new Map<string, Set<string>>();
  for (const hit of src.parties ?? []) {
    // One entity per list record; a record linked to a registry entity is also a referent of it.
    const partyId = ftmId("party", hit.listId, hit.sourceId ?? hit.name);
    const registryId = hit.entityId ? ftmId("entity", hit.entityId) : null;
    put({
      id: partyId,
      schema: partySchema(hit),
      properties: props({ name: hit.name, topics: ["sanction"] }),
    });
    if (registryId) {
      put({
        id: registryId,
        schema: partySchema(hit),
        properties: props({
          name: hit.name,
          topics: ["sanction"],
          notes: `flowwatch entity ${hit.entityId}`,
        }),
      });
      const set = referents.get(registryId) ?? new Set<string>();
      set.add(partyId);
      referents.set(registryId, set);
      // FtM has no sameAs property: the link is an UnknownLink the tools load everywhere.
      put({
        id: ftmId("same-as", registryId, partyId),
        schema: "UnknownLink",
        properties: props({ subject: registryId, object: partyId, role: "same as (list record)" }),
      });
    }
    put({
      id: ftmId("sanction", hit.listId, hit.sourceId ?? hit.name),
      schema: "Sanction",
      properties: props({ entity: partyId, authority: hit.listId, program: hit.programmes }),
    });
    addArticle(hit.docId);
    put({
      id: ftmId("mention", hit.docId, hit.listId, hit.name),
      schema: "Documentation",
      properties: props({
        document: articleId(hit.docId),
        entity: partyId,
        role: "designated party named in document",
      }),
    });
  }

  for (const [id, refs] of referents) {
    const e = out.get(id);
    if (e) e.referents = [...refs].sort();
  }

  for (const f of src.snapshot.findings) {
    put({
      id: ftmId("finding", f.id),
      schema: "Note",
      properties: props({
        description: f.statement,
        entity: [
          ...new Set(
            f.supportingClaims.map((k) => src.claim(k)?.claim.docId).filter((d): d is string => !!d),
          ),
        ].map(articleId),
        summary: `${f.status}; ${f.paragraphs.map((p) => p.label).join(", ")}`,
      }),
    });
  }
  return [...out.values()];
}

export function toFtmJsonLines(src: FtmSource): string {
  return (
    toFtmEntities(src)
      .map((e) => JSON.stringify(e))
      .join("\n") + "\n"
  );
}
