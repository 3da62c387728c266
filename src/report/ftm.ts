// FollowTheMoney export (JSON lines): documents as Article, origins as Organization, designated
// parties as Person/Organization/Company/LegalEntity with Sanction entities, each claim as a
// Documentation link (Article → origin) and each finding as a Note. Ids are deterministic hashes,
// so re-exporting the same data gives the same ids and Aleph/OpenSanctions tools merge cleanly.
import { createHash } from "node:crypto";
import { formatQuantity } from "../assess/figures.ts";
import type { AssessmentSnapshot, ClaimRecord, PartyHit } from "../assess/types.ts";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
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

/** Schema for a designated party: the hit's own type when given, else a cautious guess by name. */
export function partySchema(hit: PartyHit & { schema?: string }): string {
  if (hit.schema && ["Person", "Organization", "Company", "LegalEntity"].includes(hit.schema))
    return hit.schema;
  if (COMPANY.test(hit.name)) return "Company";
  if (ORGANIZATION.test(hit.name)) return "Organization";
  return "LegalEntity";
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
          schema: "Organization",
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
            summary: `${formatQuantity(f.quantity, f.qualifier, s.unit)} ${s.subject.replace(/_/g, " ")} (${s.family}, ${s.place}, ${p.period}); grade ${f.grade.reliability}${f.grade.credibility}. Evidence: “${f.evidence}”`,
            date: record?.claim.time ?? undefined,
            sourceUrl: f.url,
          }),
        });
      }
    }
  }

  for (const hit of src.parties ?? []) {
    const partyId = ftmId("party", hit.listId, hit.name);
    put({
      id: partyId,
      schema: partySchema(hit),
      properties: props({ name: hit.name, topics: ["sanction"] }),
    });
    put({
      id: ftmId("sanction", hit.listId, hit.name),
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
