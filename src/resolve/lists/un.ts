// UN Security Council consolidated list (XML): INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY, with
// the publication timestamp in CONSOLIDATED_LIST's `dateGenerated` attribute.
import { XMLParser } from "fast-xml-parser";
import type { ImportProblem, ListImport, ListRecord } from "./types.ts";
import { cleanAliases, recordFieldProblem } from "./types.ts";

type Node = Record<string, unknown>;

const REPEATED = new Set([
  "INDIVIDUAL",
  "ENTITY",
  "INDIVIDUAL_ALIAS",
  "ENTITY_ALIAS",
  "VALUE",
  "INDIVIDUAL_DATE_OF_BIRTH",
  "INDIVIDUAL_ADDRESS",
  "ENTITY_ADDRESS",
  "NAME_ORIGINAL_SCRIPT",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

const text = (v: unknown): string =>
  typeof v === "string" || typeof v === "number" ? String(v).replace(/\s+/g, " ").trim() : "";
const list = (v: unknown): Node[] =>
  Array.isArray(v) ? (v as Node[]) : v && typeof v === "object" ? [v as Node] : [];
const values = (v: unknown): string[] =>
  list(v)
    .flatMap((n) => (Array.isArray(n.VALUE) ? n.VALUE.map(text) : [text(n.VALUE)]))
    .filter(Boolean);

function dateOfBirth(entries: Node[]): string | undefined {
  const out: string[] = [];
  for (const d of entries) {
    if (text(d.DATE)) out.push(text(d.DATE).slice(0, 10));
    else if (text(d.YEAR)) out.push(text(d.YEAR));
    else if (text(d.FROM_YEAR)) out.push(`${text(d.FROM_YEAR)}/${text(d.TO_YEAR)}`);
  }
  return out.length ? out.join("; ") : undefined;
}

function address(a: Node): string {
  return ["STREET", "CITY", "STATE_PROVINCE", "COUNTRY"]
    .map((k) => text(a[k]))
    .filter(Boolean)
    .join(", ");
}

function toRecord(node: Node, kind: "INDIVIDUAL" | "ENTITY"): ListRecord | string {
  const sourceId = text(node.REFERENCE_NUMBER);
  if (!sourceId) return "REFERENCE_NUMBER is missing";
  const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
    .map((k) => text(node[k]))
    .filter(Boolean)
    .join(" ");
  if (!name) return `${sourceId}: FIRST_NAME is missing`;
  const aliasNodes = list(node[kind === "INDIVIDUAL" ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"]);
  const originalScript = list(node.NAME_ORIGINAL_SCRIPT).map(text);
  const aliases = cleanAliases(name, [
    ...aliasNodes.map((a) => text(a.ALIAS_NAME)),
    ...(originalScript as string[]),
  ]);
  const nationality = values(node.NATIONALITY).join("; ");
  const dob = kind === "INDIVIDUAL" ? dateOfBirth(list(node.INDIVIDUAL_DATE_OF_BIRTH)) : undefined;
  const addresses = list(node[kind === "INDIVIDUAL" ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"])
    .map(address)
    .filter(Boolean);
  const programme = text(node.UN_LIST_TYPE);
  const remarks = text(node.COMMENTS1);
  const listedOn = text(node.LISTED_ON);
  return {
    listId: "un-sc",
    sourceId,
    type: kind === "INDIVIDUAL" ? "person" : "organization",
    name,
    aliases,
    programmes: programme ? [programme] : [],
    ...(dob ? { dob } : {}),
    ...(nationality ? { nationality } : {}),
    ...(remarks ? { remarks } : {}),
    ...(listedOn ? { listedOn: listedOn.slice(0, 10) } : {}),
    ...(addresses.length ? { addresses } : {}),
  };
}

export function parseUnXml(file: string, xml: string): ListImport {
  const problems: ImportProblem[] = [];
  let doc: Node;
  // Entity declarations are how XXE and "billion laughs" attacks start; the UN list never uses them.
  if (/<!ENTITY\b/i.test(xml))
    return {
      listId: "un-sc",
      published: null,
      sourceFiles: [file],
      records: [],
      problems: [
        {
          file,
          where: "file",
          message: "refused: the file declares XML entities (<!ENTITY>), which are never read",
          fatal: true,
        },
      ],
    };
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      listId: "un-sc",
      published: null,
      sourceFiles: [file],
      records: [],
      problems: [{ file, where: "file", message: `not well-formed XML: ${message}`, fatal: true }],
    };
  }
  const root = doc.CONSOLIDATED_LIST as Node | undefined;
  if (!root || typeof root !== "object") {
    problems.push({
      file,
      where: "file",
      message: "no CONSOLIDATED_LIST root element: not a UN consolidated list",
      fatal: true,
    });
    return { listId: "un-sc", published: null, sourceFiles: [file], records: [], problems };
  }
  const published = text(root["@dateGenerated"]) || null;
  const records: ListRecord[] = [];
  const seen = new Set<string>();
  for (const [group, kind] of [
    ["INDIVIDUALS", "INDIVIDUAL"],
    ["ENTITIES", "ENTITY"],
  ] as const) {
    const container = root[group];
    const nodes = container && typeof container === "object" ? list((container as Node)[kind]) : [];
    nodes.forEach((node, index) => {
      const made = toRecord(node, kind);
      const rec = typeof made === "string" ? made : (recordFieldProblem(made) ?? made);
      const where = `${kind} #${index + 1}`;
      if (typeof rec === "string") problems.push({ file, where, message: rec });
      else if (seen.has(rec.sourceId))
        problems.push({ file, where, message: `duplicate REFERENCE_NUMBER ${rec.sourceId}` });
      else {
        seen.add(rec.sourceId);
        records.push(rec);
      }
    });
  }
  return { listId: "un-sc", published, sourceFiles: [file], records, problems };
}
