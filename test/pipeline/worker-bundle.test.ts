// Worker threads start from an esbuild bundle of their TypeScript entry: each source file keeps
// its own import.meta.url (data files next to the sources are found), and it can be turned off.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundledWorker } from "../../src/pipeline/worker-bundle.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-bundle-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the worker bundle", () => {
  it("bundles a TypeScript entry and its imports, each keeping its own import.meta.url", async () => {
    const helper = path.join(root, "helper.ts");
    const entry = path.join(root, "entry.ts");
    writeFileSync(helper, "export const helperUrl: string = import.meta.url;\n");
    writeFileSync(
      entry,
      'import { helperUrl } from "./helper.ts";\nexport const urls: string[] = [import.meta.url, helperUrl];\n',
    );
    const bundle = await bundledWorker(pathToFileURL(entry));
    expect(bundle).not.toBeNull();
    expect(bundle!.pathname.endsWith(".mjs")).toBe(true);
    const mod = (await import(bundle!.href)) as { urls: string[] };
    expect(mod.urls).toEqual([pathToFileURL(entry).href, pathToFileURL(helper).href]);
    // The manifest beside it lists both sources, so a change to either rebuilds it.
    const manifest = JSON.parse(readFileSync(bundle!.pathname.replace(/\.mjs$/, ".json"), "utf8")) as {
      inputs: Record<string, unknown>;
    };
    expect(
      Object.keys(manifest.inputs)
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(["entry.ts", "helper.ts"]);
  });

  it("is not built when FLOWWATCH_WORKER_BUNDLE=0 (workers then load the sources through tsx)", async () => {
    const entry = path.join(root, "off.ts");
    writeFileSync(entry, "export const x = 1;\n");
    process.env.FLOWWATCH_WORKER_BUNDLE = "0";
    try {
      expect(await bundledWorker(pathToFileURL(entry))).toBeNull();
    } finally {
      delete process.env.FLOWWATCH_WORKER_BUNDLE;
    }
  });
});
