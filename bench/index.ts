// `npm run bench`: runs every stage benchmark in turn and prints its figures.
// Run one alone with `bin/run-ts bench/<name>.ts`; `npm run bench -- extract screen` picks some.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const all = ["extract", "store", "screen", "assess", "api", "alerts"];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length ? wanted : all;

for (const name of names) {
  const file = path.resolve("bench", `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark yet (bench/${name}.ts)`);
    continue;
  }
  console.log(`\n## ${name}`);
  const started = Date.now();
  const mod = (await import(pathToFileURL(file).href)) as { main?: () => Promise<void> };
  if (typeof mod.main !== "function") throw new Error(`bench/${name}.ts does not export main()`);
  await mod.main();
  console.log(`(${name} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
