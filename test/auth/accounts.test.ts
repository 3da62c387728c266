import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/auth/passwords.ts";
import { can } from "../../src/auth/roles.ts";
import { applyReviews } from "../../src/store/reviews.ts";
import type { SourceDocument, Claim } from "../../src/types.ts";
import { createHash } from "node:crypto";
import { pgReachable, postgresStore, sqliteStore, type TestDb } from "./databases.ts";

const FAST = { N: 1024, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery", FAST);
    expect(stored.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
  });

  it("salts every hash so equal passwords do not give equal hashes", async () => {
    expect(await hashPassword("same password 1", FAST)).not.toBe(await hashPassword("same password 1", FAST));
  });

  it("treats a malformed stored hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("anything at all", "md5$abc")).toBe(false);
  });
});

describe("roles", () => {
  it("lets viewers read only, analysts review, and admins administer", () => {
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "review")).toBe(false);
    expect(can("analyst", "review")).toBe(true);
    expect(can("analyst", "admin")).toBe(false);
    expect(can("admin", "admin")).toBe(true);
  });
});

const text = "An invented report: about 4,000 workers were sent to Amur last year, a ministry said.";
const doc: SourceDocument = {
  id: "review-doc",
  contentHash: createHash("sha256").update(text).digest("hex"),
  url: "https://example.org/a",
  title: "Invented",
  outlet: "Test Wire",
  published: "2025-03-01",
  text,
  format: "txt",
  sourcePath: null,
};
const claim: Claim = {
  docId: "review-doc",
  quantity: 4000,
  qualifier: "approx",
  unit: "persons",
  subject: "workers",
  event: "deployment_reported",
  destination: "Amur",
  attributedTo: "a ministry",
  attributionChain: ["a ministry"],
  time: "2024",
  modality: "reported",
  evidence: text,
  sentence: { start: 0, end: text.length },
  span: { start: 20, end: 31 },
};

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`accounts and reviews on ${kind}`, async () => {
    const available = kind === "sqlite" || (await pgReachable());
    let db: TestDb;
    beforeAll(async () => {
      if (available) db = kind === "sqlite" ? await sqliteStore() : await postgresStore();
    });
    afterAll(async () => db?.cleanup());

    it.skipIf(!available)("creates users, refuses bad names, weak passwords and duplicates", async () => {
      expect(await db.store.accounts.countUsers()).toBe(0);
      await db.store.accounts.createUser("ana", "a long enough secret", "analyst");
      await expect(db.store.accounts.createUser("ana", "a long enough secret", "viewer")).rejects.toThrow(
        /already exists/,
      );
      await expect(
        db.store.accounts.createUser("Bad Name", "a long enough secret", "viewer"),
      ).rejects.toThrow(/invalid username/);
      await expect(db.store.accounts.createUser("bob", "short", "viewer")).rejects.toThrow(/at least/);
      expect(await db.store.accounts.countUsers()).toBe(1);
    });

    it.skipIf(!available)("authenticates with the right password only", async () => {
      expect((await db.store.accounts.authenticate("ana", "a long enough secret"))?.role).toBe("analyst");
      expect(await db.store.accounts.authenticate("ana", "a long enough secreT")).toBeNull();
      expect(await db.store.accounts.authenticate("nobody", "a long enough secret")).toBeNull();
    });

    it.skipIf(!available)("opens, expires and closes sessions", async () => {
      const user = (await db.store.accounts.authenticate("ana", "a long enough secret"))!;
      const session = await db.store.accounts.createSession(user, new Date("2030-01-01T00:00:00Z"));
      const found = await db.store.accounts.getSession(session.id, new Date("2030-01-01T01:00:00Z"));
      expect(found?.user.username).toBe("ana");
      expect(found?.csrfToken).toBe(session.csrfToken);
      expect(await db.store.accounts.getSession(session.id, new Date("2030-01-02T01:00:00Z"))).toBeNull();
      expect(
        await db.store.accounts.getSession(session.id + "x", new Date("2030-01-01T01:00:00Z")),
      ).toBeNull();
      await db.store.accounts.deleteSession(session.id);
      expect(await db.store.accounts.getSession(session.id, new Date("2030-01-01T01:00:00Z"))).toBeNull();
    });

    it.skipIf(!available)("issues API tokens that resolve to their user until revoked", async () => {
      const token = await db.store.accounts.createApiToken("ana", "scripts");
      expect((await db.store.accounts.userForApiToken(token))?.username).toBe("ana");
      expect(await db.store.accounts.userForApiToken(token.slice(0, -1))).toBeNull();
      expect(await db.store.accounts.revokeApiTokens("ana")).toBe(1);
      expect(await db.store.accounts.userForApiToken(token)).toBeNull();
    });

    it.skipIf(!available)(
      "stores a correction beside the original claim and logs it in the audit",
      async () => {
        await db.store.putDocument(doc, [{ start: 0, end: text.length, index: 0, paragraph: 0, text }], {
          claims: [claim],
        });
        const [stored] = (await db.store.listClaims({ docId: "review-doc" })).items;
        await db.store.reviews.add({ claimId: stored.id, decision: "accept", author: "ana" });
        await db.store.reviews.add({
          claimId: stored.id,
          decision: "correct",
          correction: { quantity: [3000, 4000], qualifier: "range" },
          note: "the ministry gave a range",
          author: "ana",
        });
        await expect(
          db.store.reviews.add({
            claimId: stored.id,
            decision: "correct",
            correction: { subject: "cats" as never },
            author: "ana",
          }),
        ).rejects.toThrow(/unknown subject/);
        await expect(
          db.store.reviews.add({ claimId: 999_999, decision: "accept", author: "ana" }),
        ).rejects.toThrow(/no claim/);

        const reviews = await db.store.reviews.list([stored.id]);
        expect(reviews.map((r) => r.decision)).toEqual(["accept", "correct"]);
        const [effective] = applyReviews([stored], reviews);
        expect(effective.quantity).toEqual([3000, 4000]);
        expect(effective.original?.quantity).toBe(4000);
        // the evidence itself is untouched
        expect((await db.store.getClaim(stored.id))?.quantity).toBe(4000);

        const audit = await db.store.audit.list({ targetType: "claim", targetId: String(stored.id) });
        expect(audit.map((a) => a.action)).toEqual(["review.correct", "review.accept"]);
        expect(audit[0].actor).toBe("ana");
        expect(audit[0].detail.note).toBe("the ministry gave a range");
      },
    );

    it.skipIf(!available)("refuses to edit or delete reviews and audit entries", async () => {
      const q = db.store.kysely as never as import("kysely").Kysely<Record<string, Record<string, unknown>>>;
      await expect(q.updateTable("reviews").set({ note: "rewritten" }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(q.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
    });
  });
}
