// Reads one reference file: JSON, checked against its TypeBox schema. A missing, unreadable or
// malformed file is an error naming the file and what is wrong, never an empty table.
import { readFileSync } from "node:fs";
import type { Static, TSchema } from "typebox";
import Value from "typebox/value";

export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "ReferenceDataError";
  }
}

export function readReferenceJson<S extends TSchema>(file: string, schema: S): Static<S> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReferenceDataError(
      file,
      code === "ENOENT" ? "missing (reference data file not found)" : String(err),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReferenceDataError(file, `not valid JSON (${(err as Error).message})`);
  }
  if (!Value.Check(schema, data)) {
    const errors = [...Value.Errors(schema, data)].slice(0, 3);
    throw new ReferenceDataError(
      file,
      errors.map((e) => `${e.instancePath || "(top level)"} ${e.message}`).join("; ") ||
        "does not match its schema",
    );
  }
  return data as Static<S>;
}
