// Match queries shaped like FollowTheMoney entities (the shape yente's /match takes):
//   { "schema": "Person", "properties": { "name": [...], "birthDate": [...], "nationality": [...],
//     "country": [...], "passportNumber": [...], ... } }
// parsed into a typed query; bad input is refused with a message naming the query and the field.

/** FtM schemata a query may name, and the list record types each can be. */
const SCHEMA_TYPES: Record<string, ReadonlyArray<string>> = {
  Thing: ["person", "organization", "vessel", "aircraft", "other"],
  LegalEntity: ["person", "organization", "other"],
  Person: ["person"],
  Organization: ["organization", "other"],
  Company: ["organization", "other"],
  PublicBody: ["organization", "other"],
  Vessel: ["vessel"],
  Airplane: ["aircraft"],
};
export const MATCH_SCHEMATA = Object.keys(SCHEMA_TYPES);

/** FtM properties read as identifiers (compared after folding case, spaces and punctuation). */
export const IDENTIFIER_PROPERTIES = [
  "idNumber",
  "passportNumber",
  "taxNumber",
  "registrationNumber",
  "innCode",
  "ogrnCode",
  "leiCode",
  "swiftBic",
  "imoNumber",
  "mmsi",
  "callSign",
  "vatCode",
  "identifier",
];

export interface MatchQuery {
  /** caller's key for the query (the key in a batch, the row number of a file) */
  key: string;
  schema: string;
  names: string[];
  birthDates: string[];
  /** nationality and country values together, lower case */
  countries: string[];
  identifiers: string[];
}

export class MatchQueryError extends Error {}

const strings = (key: string, prop: string, v: unknown): string[] => {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list
    .map((x) => {
      if (typeof x !== "string" && typeof x !== "number")
        throw new MatchQueryError(`query ${key}: property ${prop} must hold strings`);
      return String(x).trim();
    })
    .filter(Boolean);
};

/** Which list record types a query schema is compatible with. */
export function schemaAccepts(schema: string, recordType: string): boolean {
  return (SCHEMA_TYPES[schema] ?? SCHEMA_TYPES.Thing).includes(recordType);
}

/** The name matcher's kind for a schema, when it fixes one. */
export function schemaKind(schema: string): "person" | "organization" | undefined {
  if (schema === "Person") return "person";
  if (schema === "Organization" || schema === "Company" || schema === "PublicBody") return "organization";
  return undefined;
}

/** Parse one FtM-shaped query; throws MatchQueryError naming `key` and the field at fault. */
export function parseMatchQuery(key: string, raw: unknown): MatchQuery {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new MatchQueryError(`query ${key}: must be an object with schema and properties`);
  const { schema = "Thing", properties } = raw as { schema?: unknown; properties?: unknown };
  if (typeof schema !== "string" || !(schema in SCHEMA_TYPES))
    throw new MatchQueryError(`query ${key}: schema must be one of ${MATCH_SCHEMATA.join(", ")}`);
  if (!properties || typeof properties !== "object" || Array.isArray(properties))
    throw new MatchQueryError(`query ${key}: properties must be an object of string arrays`);
  const p = properties as Record<string, unknown>;
  const names = strings(key, "name", p.name);
  if (names.length === 0) throw new MatchQueryError(`query ${key}: properties.name needs at least one name`);
  if (names.some((n) => n.length > 300))
    throw new MatchQueryError(`query ${key}: a name is over 300 characters`);
  return {
    key,
    schema,
    names,
    birthDates: strings(key, "birthDate", p.birthDate),
    countries: [...strings(key, "nationality", p.nationality), ...strings(key, "country", p.country)].map(
      (c) => c.toLowerCase(),
    ),
    identifiers: IDENTIFIER_PROPERTIES.flatMap((prop) => strings(key, prop, p[prop])),
  };
}
