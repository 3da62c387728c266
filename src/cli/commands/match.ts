import type { Command } from "commander";
import { DEFAULT_THRESHOLD as THRESHOLD } from "../../resolve/names/threshold.ts";

/** Parse CSV text into rows of fields with their 1-based starting line numbers (RFC 4180 quoting). */
export function parseCsvRows(text: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") rows.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== "" || fields.length) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function schemaType(schema: string | undefined): "person" | "organization" | undefined {
  if (!schema) return undefined;
  const s = schema.trim().toLowerCase();
  if (s === "person" || s === "individual") return "person";
  if (s === "") return undefined;
  return "organization"; // Organization, Company, LegalEntity, Vessel, …
}

/** `flowwatch match --pairs FILE.csv [--threshold T]`: score name pairs, CSV out. */
export function register(program: Command): void {
  program
    .command("match")
    .description(
      "score name pairs from a CSV with name1,name2 columns (optional schema) → name1,name2,score,match",
    )
    .requiredOption("--pairs <file>", "CSV file with a header holding name1 and name2")
    .option("--threshold <t>", `match threshold 0..1 (default ${THRESHOLD}, chosen on the public name bench)`)
    .action(async (options: { pairs: string; threshold?: string }) => {
      const { readFileSync } = await import("node:fs");
      const { scoreNames, DEFAULT_THRESHOLD } = await import("../../resolve/names/index.ts");
      const threshold = options.threshold === undefined ? DEFAULT_THRESHOLD : Number(options.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
        throw new Error(`--threshold must be a number between 0 and 1, got "${options.threshold}"`);
      }
      let text: string;
      try {
        text = readFileSync(options.pairs, "utf8");
      } catch (err) {
        throw new Error(`cannot read ${options.pairs}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const rows = parseCsvRows(text.replace(/^\uFEFF/, "")).filter((r) => !r.fields[0].startsWith("#"));
      if (rows.length === 0) throw new Error(`${options.pairs}: empty file`);
      const header = rows[0].fields.map((h) => h.trim().toLowerCase());
      const i1 = header.indexOf("name1");
      const i2 = header.indexOf("name2");
      const iSchema = header.indexOf("schema");
      if (i1 < 0 || i2 < 0)
        throw new Error(`${options.pairs}: header must hold name1 and name2 (found: ${header.join(", ")})`);
      const out: string[] = ["name1,name2,score,match"];
      let bad = 0;
      for (const row of rows.slice(1)) {
        const name1 = row.fields[i1];
        const name2 = row.fields[i2];
        if (name1 === undefined || name2 === undefined || !name1.trim() || !name2.trim()) {
          console.error(`${options.pairs}:${row.line}: missing name1 or name2, row skipped`);
          bad++;
          continue;
        }
        try {
          const type = iSchema >= 0 ? schemaType(row.fields[iSchema]) : undefined;
          const r = scoreNames(name1, name2, { type, threshold });
          out.push([csvField(name1), csvField(name2), r.score.toFixed(4), String(r.match)].join(","));
        } catch (err) {
          console.error(`${options.pairs}:${row.line}: ${err instanceof Error ? err.message : String(err)}`);
          bad++;
        }
      }
      process.stdout.write(out.join("\n") + "\n");
      if (bad) console.error(`${bad} row(s) skipped`);
    });
}
