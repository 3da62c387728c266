// Operations: request logs with request ids, the Host allow-list, the password policy, disabling an
// account and changing a password, and a clear refusal of XML entity declarations.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.ts";
import { startServer } from "../../src/server/index.ts";
import { checkPasswordPolicy } from "../../src/auth/passwords.ts";
import { openStore } from "../../src/store/open.ts";
import { parseFeed } from "../../src/ingest/feed.ts";
import { parseUnXml } from "../../src/resolve/lists/un.ts";
import { fixtureStore } from "./fixtures.ts";

const dir = mkdtempSync(path.join(tmpdir(), "fw-ops-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASS = "a fresh enough phrase";

describe("request logging", () => {
  it("writes one JSON line per request and response with the id the response carries", async () => {
    const store = await fixtureStore();
    const file = path.join(dir, "requests.log");
    const app = await buildServer({ store, logger: { file } });
    try {
      const res = await app.inject({ method: "GET", url: "/api/health" });
      const id = res.headers["x-request-id"];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((r) => setTimeout(r, 200));
      const lines = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { reqId?: string; msg: string });
      expect(lines.filter((l) => l.reqId === id).map((l) => l.msg)).toEqual([
        "incoming request",
        "request completed",
      ]);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

/** A GET with an arbitrary Host header (fetch does not allow setting it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the Host allow-list", () => {
  it("answers only the allowed names, and only loopback names on a loopback server by default", async () => {
    const store = await fixtureStore();
    const app = await buildServer({ store, allowedHosts: ["flowwatch.example"] });
    const server = await startServer({ store, port: 0 });
    try {
      const at = (host: string) => app.inject({ method: "GET", url: "/api/health", headers: { host } });
      expect((await at("flowwatch.example:8080")).statusCode).toBe(200);
      expect((await at("rebound.attacker.example")).statusCode).toBe(421);
      const url = `${server.url}/api/health`;
      expect(await getWithHost(url, "localhost:8080")).toBe(200);
      expect(await getWithHost(url, "rebound.attacker.example")).toBe(421);
    } finally {
      await server.close();
      await app.close();
      await store.close();
    }
  });
});

describe("the password policy", () => {
  it("refuses short, common, sequential, repetitive and username passwords", () => {
    for (const weak of [
      "1234567890",
      "123456789012",
      "abcdefghijklmn",
      "Password2024!",
      "qwertyuiop12",
      "aaaaaaaaaaaaaaaa",
      "ababababababab",
      "  padded phrase here  ",
    ])
      expect([weak, checkPasswordPolicy(weak)]).toEqual([weak, expect.any(String)]);
    expect(checkPasswordPolicy("maria-osterberg-99", "maria-osterberg")).toMatch(/guess/);
    expect(checkPasswordPolicy("a long test password")).toBeNull();
    expect(checkPasswordPolicy("river cobalt lantern")).toBeNull();
  });
});

describe("disabling an account and changing a password", () => {
  it("ends sessions and tokens on disable, and old sessions on a new password", async () => {
    const store = await openStore(":memory:");
    try {
      const user = await store.accounts.createUser("ops-analyst", PASS, "analyst");
      const token = await store.accounts.createApiToken(user.username, "ops");
      const session = await store.accounts.createSession(user);
      await store.accounts.setPassword("ops-analyst", "another fresh phrase");
      expect(await store.accounts.authenticate("ops-analyst", PASS)).toBeNull();
      expect(await store.accounts.authenticate("ops-analyst", "another fresh phrase")).not.toBeNull();
      expect(await store.accounts.getSession(session.id)).toBeNull();
      await expect(store.accounts.setPassword("ops-analyst", "1234567890ab")).rejects.toThrow(/guess/);
      await store.accounts.setUserDisabled("ops-analyst", true);
      expect(await store.accounts.authenticate("ops-analyst", "another fresh phrase")).toBeNull();
      expect(await store.accounts.userForApiToken(token)).toBeNull();
      await store.accounts.setUserDisabled("ops-analyst", false);
      expect(await store.accounts.userForApiToken(token)).not.toBeNull();
      await expect(store.accounts.setUserDisabled("nobody-here", true)).rejects.toThrow(/no such user/);
    } finally {
      await store.close();
    }
  });

  it("has CLI commands for both", () => {
    const db = path.join(dir, "users.db");
    const run = (args: string[], password?: string) =>
      spawnSync(path.join(process.cwd(), "bin/flowwatch"), [...args, "--db", db], {
        encoding: "utf8",
        env: { ...process.env, ...(password ? { FLOWWATCH_PASSWORD: password } : {}) },
      });
    expect(run(["users", "add", "cli-person", "--role", "viewer"], PASS).status).toBe(0);
    const weak = run(["users", "passwd", "cli-person"], "1234567890");
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toMatch(/at least 12/);
    expect(run(["users", "passwd", "cli-person"], "another fresh phrase").stdout).toMatch(/password changed/);
    expect(run(["users", "disable", "cli-person"]).stdout).toMatch(/disabled cli-person/);
    expect(run(["users", "list"]).stdout).toMatch(/cli-person\tviewer\tdisabled/);
  }, 120_000);
});

describe("XML entity declarations", () => {
  const xxe = (root: string) =>
    `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${root}`;
  it("are refused with a clear message in feeds and UN lists", () => {
    expect(() =>
      parseFeed("f.rss", xxe("<rss><channel><item><title>&x;</title></item></channel></rss>")),
    ).toThrow(/refused: the feed declares XML entities/);
    const list = parseUnXml("un.xml", xxe("<CONSOLIDATED_LIST/>"));
    expect(list.problems).toMatchObject([{ fatal: true, message: expect.stringMatching(/^refused: /) }]);
  });
});
