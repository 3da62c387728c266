// Import at scale: generates an OpenSanctions-style FtM JSON-lines file of N synthetic parties whose
// names are perturbed real list names (romanisation variants, typos, order swaps, legal-form changes,
// Cyrillic transliterations; see perturb() in ./screen.ts), each with one to three aliases, a date of
// birth and nationality for people, then imports it with the CLI in a child process and reports
// wall time, peak memory (RSS of the import process), database and index sizes.
//   bin/run-ts bench/ftm-scale.ts [--entities 1000000] [--dir /tmp/flowwatch-scale] [--keep]
import { createWriteStream, mkdirSync, rmSync, statSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { perturb, readListNames, rng } from "./screen.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg("--entities", "1000000"));
const dir = arg("--dir", "/tmp/flowwatch-scale");
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUNTRIES = ["kp", "ru", "ir", "sy", "cn", "by", "ae", "tr", "lb", "iq"];

async function generate(file: string): Promise<{ aliases: number; bytes: number }> {
  const names = readListNames().filter((n) => n.type);
  const r = rng(42);
  const out = createWriteStream(file);
  let aliases = 0;
  for (let i = 0; i < N; i++) {
    const base = names[i % names.length];
    const person = base.type === "person";
    const count = 1 + Math.floor(r() * 3);
    const alias = Array.from({ length: count }, () => perturb(base, r));
    aliases += count + 1;
    const properties: Record<string, string[]> = { name: [perturb(base, r)], alias };
    if (person) {
      const y = 1940 + Math.floor(r() * 60);
      properties.birthDate = [
        `${y}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
      ];
      properties.nationality = [COUNTRIES[Math.floor(r() * COUNTRIES.length)]];
    } else properties.country = [COUNTRIES[Math.floor(r() * COUNTRIES.length)]];
    const line = JSON.stringify({
      id: `syn-${i}`,
      schema: person ? "Person" : "Company",
      properties: { ...properties, program: ["SYNTHETIC"] },
      datasets: ["synthetic"],
      last_change: "2026-12-01T00:00:00",
    });
    if (!out.write(line + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return { aliases, bytes: statSync(file).size };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "entities.ftm.json");
  const db = path.join(dir, "scale.db");
  let t = Date.now();
  const { aliases, bytes } = await generate(file);
  console.log(
    `generated ${N} entities, ${aliases} names, ${mb(bytes)} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  t = Date.now();
  const run = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%e s wall, %M KB peak RSS",
      path.join(ROOT, "bin/flowwatch"),
      "lists",
      "import",
      file,
      "--db",
      db,
    ],
    { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=6144" } },
  );
  console.log(run.stdout.trim());
  console.log(run.stderr.trim().split("\n").slice(-3).join("\n"));
  const idx = `${db}.names.idx`;
  console.log(
    `import ${((Date.now() - t) / 1000).toFixed(1)} s; database ${mb(statSync(db).size)}; index ${existsSync(idx) ? mb(statSync(idx).size) : "not written"}`,
  );
  t = Date.now();
  const screen = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%e s wall, %M KB peak RSS",
      path.join(ROOT, "bin/flowwatch"),
      "screen",
      "Kim Jong Un",
      "--db",
      db,
    ],
    { encoding: "utf8" },
  );
  console.log(
    `cold screen: ${screen.stderr.trim().split("\n").slice(-1)[0]}; first hit: ${screen.stdout.split("\n")[0]}`,
  );
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
