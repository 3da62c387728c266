// The CLI end to end on a SQLite file: watch-list add / list / remove, an ingest that alerts,
// `alerts --unread`, and --help on every new command.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = path.resolve("bin/flowwatch");
const dir = mkdtempSync(path.join(tmpdir(), "fw-alerts-cli-"));
const env = {
  ...process.env,
  FLOWWATCH_DB: path.join(dir, "cli.db"),
  FLOWWATCH_USER: "",
  FLOWWATCH_ALERTS_DELIVERY: "inline",
};
const cli = (...args: string[]) => run(BIN, args, { env, timeout: 120_000 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("flowwatch watch-list and alerts", () => {
  it("explains every command with --help", async () => {
    for (const args of [
      ["watch-list"],
      ["watch-list", "add"],
      ["watch-list", "list"],
      ["watch-list", "remove"],
      ["alerts"],
      ["alerts", "run"],
      ["alerts", "deliver"],
    ]) {
      const { stdout } = await cli(...args, "--help");
      expect(stdout, args.join(" ")).toMatch(/^Usage: flowwatch /);
    }
  }, 120_000);

  it("adds watchlists, alerts after an ingest, lists and removes", async () => {
    await expect(cli("watch-list", "add", "subject", "troops")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--user is required/),
    });
    const added = await cli("watch-list", "add", "party", "김정은", "--user", "ana");
    expect(added.stdout).toMatch(/watchlist 1: party Kim Jong Un \(person:kim-jong-un\)/);
    expect(added.stdout).toMatch(/Atom feed \(keep it secret\): http:\/\/localhost:8080\/api\/feeds\/fwf_/);
    await cli("watch-list", "add", "query", '{"subject":"troops"}', "--user", "ana");
    await expect(
      cli("watch-list", "add", "place", "Kursk", "--user", "ana", "--digest"),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--digest needs --email/),
    });

    const article = path.join(dir, "article.txt");
    writeFileSync(
      article,
      "TITLE: Troops move\nDATE: 2025-09-01\n\nKim Jong Un saw off about 4,000 soldiers bound for Russia on Tuesday, state media said.\n",
    );
    const ingest = await cli("ingest", article);
    expect(ingest.stdout).toMatch(/alerts: \d+ new event\(s\), 2 alert\(s\)/);

    const inbox = JSON.parse((await cli("alerts", "--user", "ana", "--unread", "--json")).stdout);
    expect(inbox.unread).toBe(2);
    expect(inbox.items.map((a: { watchlistLabel: string }) => a.watchlistLabel).sort()).toEqual([
      "Kim Jong Un",
      "subject=troops",
    ]);
    const text = (await cli("alerts", "--user", "ana", "--mark-read")).stdout;
    expect(text).toMatch(/^2 unread of 2 alert\(s\) for ana/);
    expect(text).toContain("about 4,000 soldiers");
    expect((await cli("alerts", "--user", "ana", "--unread")).stdout).toMatch(/^0 unread alert\(s\) for ana/);

    expect((await cli("watch-list", "list", "--user", "ana")).stdout).toMatch(
      /1\tana\tparty\tKim Jong Un\tinbox, feed/,
    );
    expect((await cli("watch-list", "remove", "1")).stdout).toContain("watchlist 1 removed");
    await expect(cli("watch-list", "remove", "1")).rejects.toMatchObject({
      stderr: expect.stringMatching(/no watchlist 1/),
    });
  }, 180_000);
});
