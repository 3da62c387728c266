// Document ids stated inside a JSON-lines file end up in URLs and export file names: a path such as
// `../../etc/passwd` must never become an id as written.
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse.ts";
import { safeStatedId } from "../../src/ingest/ids.ts";

describe("ids stated in .jsonl files", () => {
  it("keeps a plain id and slugs a path, control characters or an overlong id", () => {
    expect(safeStatedId("report-2025.06_a:1")).toBe("report-2025.06_a:1");
    expect(safeStatedId("../../etc/passwd")).toBe("etc-passwd");
    expect(safeStatedId("a/b\u0000c")).toBe("a-b-c");
    expect(safeStatedId("..")).toBeNull();
    expect(safeStatedId("k".repeat(300))).toHaveLength(120);
  });

  it("stores a hostile id from a file as its slug", async () => {
    const line = (id: string) =>
      JSON.stringify({ id, text: "A test note says that 300 workers left for a shipyard in 2024." });
    const docs = await parseFile(
      "feed.jsonl",
      new TextEncoder().encode(`${line("../../etc/passwd")}\n${line("..")}\n`),
    );
    expect(docs.map((d) => d.id)).toEqual(["etc-passwd", "feed-2"]);
  });
});
