// The alerts API: personal watchlists (create from any script, refuse bad input and duplicates),
// the inbox with its unread count, marking read, the secret Atom feed, and owners kept apart.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/auth/roles.ts";
import { runAlerts } from "../../src/alerts/run.ts";
import { loadGazetteer } from "../../src/resolve/entities/gazetteer.ts";
import { buildServer } from "../../src/server/app.ts";
import { upsertEntities } from "../../src/store/entities.ts";
import type { Store } from "../../src/store/store.ts";
import { claimOn, makeDoc, sentencesOf } from "../store/fixtures.ts";
import { addAccounts, inject, type TestAccount } from "../server/accounts.ts";
import { fixtureStore } from "../server/fixtures.ts";

let store: Store;
let app: FastifyInstance;
let accounts: Record<Role, TestAccount>;
const as = (role: Role) => ({ authorization: `Bearer ${accounts[role].token}` });

beforeAll(async () => {
  store = await fixtureStore();
  await upsertEntities(store.kysely, loadGazetteer());
  accounts = await addAccounts(store);
  app = await buildServer({ store, publicRead: true });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("alerts API", () => {
  it("creates watchlists, fills the inbox, marks read and serves the feed", async () => {
    expect((await inject(app, { method: "GET", url: "/api/alerts" })).status).toBe(401); // public read is not enough
    const party = await inject(app, {
      method: "POST",
      url: "/api/watchlists",
      headers: as("viewer"),
      payload: { kind: "party", value: "Ким Чен Ын" },
    });
    expect(party.status).toBe(201);
    expect(party.body.watchlist).toMatchObject({ kind: "party", label: "Kim Jong Un" });
    expect(party.body.feedUrl).toMatch(/\/api\/feeds\/fwf_/);
    const query = await inject(app, {
      method: "POST",
      url: "/api/watchlists",
      headers: as("viewer"),
      payload: { kind: "query", value: { subject: "troops", destination: "Kursk" } },
    });
    expect(query.status).toBe(201);
    expect(
      (
        await inject(app, {
          method: "POST",
          url: "/api/watchlists",
          headers: as("viewer"),
          payload: { kind: "query", value: { subject: "troops", destination: "Kursk" } },
        })
      ).status,
    ).toBe(409);
    const bad = await inject(app, {
      method: "POST",
      url: "/api/watchlists",
      headers: as("viewer"),
      payload: { kind: "subject", value: "cannons" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/unknown subject "cannons"/);
    await inject(app, {
      method: "POST",
      url: "/api/watchlists",
      headers: as("analyst"),
      payload: { kind: "subject", value: "troops" },
    });

    const doc = makeDoc("new-troops", "Some 8,000 soldiers were moved to Kursk, a defence ministry said.", {
      published: "2025-08-01",
    });
    await store.putDocument(doc, sentencesOf(doc.text), {
      claims: [
        claimOn(doc, "8,000", { subject: "troops", destination: "Kursk", event: "deployment_reported" }),
      ],
    });
    await runAlerts(store, { mode: "off" });

    const inbox = await inject(app, { method: "GET", url: "/api/alerts?unread=true", headers: as("viewer") });
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({
      watchlistId: query.body.watchlist.id,
      readAt: null,
      event: { kind: "claim" },
    });
    expect(inbox.body.items[0].event.payload.title).toBe("New claim: 8,000 troops in Kursk");
    expect(
      (await inject(app, { method: "GET", url: "/api/alerts/unread", headers: as("analyst") })).body.unread,
    ).toBe(1);
    expect(
      (await inject(app, { method: "GET", url: "/api/alerts/unread", headers: as("admin") })).body.unread,
    ).toBe(0);

    // Only the owner marks, sees and removes.
    const id = inbox.body.items[0].id;
    expect(
      (
        await inject(app, {
          method: "POST",
          url: "/api/alerts/read",
          headers: as("admin"),
          payload: { ids: [id] },
        })
      ).body.marked,
    ).toBe(0);
    expect(
      (await inject(app, { method: "POST", url: "/api/alerts/read", headers: as("viewer"), payload: {} }))
        .status,
    ).toBe(400);
    const read = await inject(app, {
      method: "POST",
      url: "/api/alerts/read",
      headers: as("viewer"),
      payload: { ids: [id] },
    });
    expect(read.body).toEqual({ marked: 1, unread: 0 });
    expect(
      (await inject(app, { method: "GET", url: "/api/alerts?unread=true", headers: as("viewer") })).body
        .items,
    ).toEqual([]);
    expect(
      (
        await inject(app, {
          method: "DELETE",
          url: `/api/watchlists/${query.body.watchlist.id}`,
          headers: as("analyst"),
        })
      ).status,
    ).toBe(404);
    expect(
      (await inject(app, { method: "GET", url: "/api/watchlists", headers: as("viewer") })).body.items,
    ).toHaveLength(2);

    // The feed needs no sign-in; a wrong token is a 404; rotating it retires the old URL.
    const path = new URL(query.body.feedUrl).pathname;
    const feed = await app.inject({ method: "GET", url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/application\/atom\+xml/);
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.body).feed;
    expect(parsed.entry.title["#text"]).toBe("New claim: 8,000 troops in Kursk");
    expect((await app.inject({ method: "GET", url: "/api/feeds/fwf_not-a-token" })).statusCode).toBe(404);
    const rotated = await inject(app, {
      method: "POST",
      url: `/api/watchlists/${query.body.watchlist.id}/feed-token`,
      headers: as("viewer"),
      payload: {},
    });
    expect(rotated.status).toBe(200);
    expect((await app.inject({ method: "GET", url: path })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: "GET", url: new URL(rotated.body.feedUrl).pathname })).statusCode,
    ).toBe(200);

    expect(
      (
        await inject(app, {
          method: "DELETE",
          url: `/api/watchlists/${query.body.watchlist.id}`,
          headers: as("viewer"),
        })
      ).status,
    ).toBe(204);
    expect((await inject(app, { method: "GET", url: "/api/alerts", headers: as("viewer") })).body.total).toBe(
      0,
    );
  });
});
