// Builds a bench corpus from the real articles in ../shared/corpus/real/docs: `copies` copies of
// every article, each copy made distinct by varying its figures (the last digits of every number
// that is not a year, keeping the number's size and format) and its URL, never by adding filler.
// An article whose figures cannot make a copy unique gets a copy reference line at its end.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REAL_DOCS = fileURLToPath(new URL("../../shared/corpus/real/docs", import.meta.url));

const NUMBER = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g;

/** Copy `k` of an article body: every non-year number of 2+ digits shifted by k in its last digits. */
export function varyFigures(body: string, k: number): string {
  if (k === 0) return body;
  return body.replace(NUMBER, (n) => {
    if (/^(19|20)\d\d$/.test(n)) return n; // a year
    const digits = n.replace(/\D/g, "");
    if (digits.length < 2) return n;
    const tail = digits.length >= 3 ? 2 : 1;
    const mod = 10 ** tail;
    const head = digits.slice(0, -tail);
    const shifted = String((Number(digits.slice(-tail)) + k) % mod).padStart(tail, "0");
    // Put the digits back into the original layout (commas, decimal point).
    const all = head + shifted;
    let i = 0;
    return n.replace(/\d/g, () => all[i++]);
  });
}

/** Writes `copies` × the real articles under `dir` (one folder per copy); returns the file count. */
export function buildRealCorpus(dir: string, copies: number): number {
  const sources = readdirSync(REAL_DOCS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(REAL_DOCS, f), "utf8") }));
  const seen = new Set<string>();
  let n = 0;
  for (let k = 0; k < copies; k++) {
    const sub = path.join(dir, `copy${String(k).padStart(4, "0")}`);
    mkdirSync(sub, { recursive: true });
    for (const s of sources) {
      // Header lines (URL:, DATE:) stay as they are apart from the URL; the body's figures vary.
      const [head, ...rest] = s.text.split(/\n\n/);
      const url = head.replace(/^(URL:\s*\S+)/m, (u) =>
        k ? `${u}${u.includes("?") ? "&" : "?"}copy=${k}` : u,
      );
      let body = varyFigures(rest.join("\n\n"), k);
      const key = createHash("sha1").update(`${s.name}\n${body}`).digest("hex");
      if (seen.has(key)) body += `\n\nCopy reference ${s.name.replace(/\.txt$/, "")}-${k}.`;
      seen.add(createHash("sha1").update(`${s.name}\n${body}`).digest("hex"));
      writeFileSync(path.join(sub, s.name), `${url}\n\n${body}`);
      n++;
    }
  }
  return n;
}
