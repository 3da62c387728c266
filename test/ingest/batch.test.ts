import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestError, parseFile, walkPaths } from "../../src/ingest/index.ts";
import { collect, fixture } from "./helpers.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const article = (n: number) => `Story ${n} Headline\n\nOfficials said ${n},000 workers had arrived.\n`;

let dir: string;
let unreadable: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "flowwatch-ingest-"));
  await mkdir(path.join(dir, "nested", "deeper"), { recursive: true });
  await mkdir(path.join(dir, ".hidden"));
  await writeFile(path.join(dir, "b-good.txt"), article(2));
  await writeFile(path.join(dir, "a-good.md"), article(1));
  await writeFile(path.join(dir, "nested", "deeper", "c-good.txt"), article(3));
  await writeFile(path.join(dir, "nested", "README.md"), "# About this folder\n\nNot a document.");
  await writeFile(path.join(dir, ".hidden", "secret.txt"), article(9));
  await writeFile(path.join(dir, "notes.docx"), "ignored in folders");
  await writeFile(path.join(dir, "empty.txt"), "");
  await writeFile(
    path.join(dir, "binary.txt"),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0xff]),
  );
  await writeFile(
    path.join(dir, "latin1.txt"),
    Buffer.from("Caf\xe9 owners said 300 workers left.", "latin1"),
  );
  // root can read a chmod 000 file, so as root the unreadable file is a dangling symlink instead.
  unreadable = path.join(dir, "locked.txt");
  if (process.getuid?.() === 0) {
    await symlink(path.join(dir, "does-not-exist.txt"), unreadable);
  } else {
    await writeFile(unreadable, article(4));
    await chmod(unreadable, 0o000);
  }
});

afterAll(async () => {
  await chmod(unreadable, 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe("walkPaths", () => {
  it("lists supported files recursively, sorted, skipping hidden folders, READMEs and other extensions", async () => {
    const files = await walkPaths([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      "a-good.md",
      "b-good.txt",
      "binary.txt",
      "empty.txt",
      "latin1.txt",
      "locked.txt",
      path.join("nested", "deeper", "c-good.txt"),
    ]);
  });

  it("is deterministic and lists a file named twice once; a missing path is skipped, not thrown", async () => {
    const a = path.join(dir, "a-good.md");
    expect(await walkPaths([a, dir, a, path.join(dir, "nope")])).toEqual(await walkPaths([dir]));
  });
});

describe("readDocuments", () => {
  it("reports every bad input as an error event naming it and keeps going", async () => {
    const missing = path.join(dir, "missing-folder");
    const results = await collect([missing, dir, fixture("items.jsonl")]);
    const good = results.flatMap((r) => (r.ok ? [r.doc.id] : []));
    // Files are read in path order, and where the temp folder sorts against the fixtures depends on
    // where the checkout lives, so compare the set.
    expect(good.sort()).toEqual(["a-good", "b-good", "c-good", "items-5", "items-alabuga-plan"]);
    const errors = new Map(
      results.flatMap((r) => (r.ok ? [] : [[path.basename(r.path), r.reason] as const])),
    );
    expect(errors.get("missing-folder")).toBe("no such file or directory");
    expect(errors.get("empty.txt")).toBe("empty file");
    expect(errors.get("binary.txt")).toMatch(/binary file/);
    expect(errors.get("latin1.txt")).toMatch(/not valid UTF-8/);
    expect(errors.get("locked.txt")).toMatch(process.getuid?.() === 0 ? /no such file/ : /permission denied/);
    expect(errors.get("items.jsonl:2")).toMatch(/invalid JSON/);
    expect(errors.get("items.jsonl:3")).toMatch(/"text"/);
    expect(errors.size).toBe(7);
  });

  it("reports an explicitly named file of an unsupported type", async () => {
    const results = await collect([path.join(dir, "notes.docx")]);
    expect(results).toEqual([
      { ok: false, path: path.join(dir, "notes.docx"), reason: 'unsupported file type ".docx"' },
    ]);
  });

  it("calls onFile once per file with its index and the total", async () => {
    const seen: [string, number, number][] = [];
    await collect([dir], { onFile: (p, i, n) => seen.push([path.basename(p), i, n]) });
    expect(seen).toHaveLength(7);
    expect(seen[0]).toEqual(["a-good.md", 0, 7]);
    expect(seen.map((s) => s[1])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("parseFile errors", () => {
  it("throws IngestError with path, reason and a '<path>: <reason>' message for an empty file", async () => {
    const err = await parseFile("some/empty.txt", new Uint8Array()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({
      path: "some/empty.txt",
      reason: "empty file",
      message: "some/empty.txt: empty file",
    });
  });

  it("rejects a whitespace-only file, a binary file and a file whose text is all page furniture", async () => {
    await expect(parseFile("blank.txt", enc("  \n\t\n"))).rejects.toThrow(/blank\.txt: empty file/);
    await expect(parseFile("bin.md", new Uint8Array([1, 0, 2]))).rejects.toThrow(/bin\.md: binary file/);
    await expect(parseFile("junk.txt", enc("Share\n\nAdvertisement\n\n302"))).rejects.toThrow(
      /junk\.txt: no article text/,
    );
  });

  it("decodes an HTML page that declares a legacy charset instead of rejecting it", async () => {
    const bytes = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 staff said 40 workers left.</p></body></html>',
      "latin1",
    );
    const [doc] = await parseFile("legacy.html", bytes);
    expect(doc.text).toBe("Café staff said 40 workers left.");
  });
});
