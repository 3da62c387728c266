// Watchlists, recorded events and alerts on SQLite and (with FLOWWATCH_TEST_PG) PostgreSQL: every
// event kind reaches the right watchlists, nothing is made twice, and a restart loses nothing.
import { afterEach, describe, expect, it } from "vitest";
import type { AssessmentSnapshot, Finding, Series } from "../../src/assess/types.ts";
import type { Claim, SourceDocument } from "../../src/types.ts";
import { loadGazetteer } from "../../src/resolve/entities/gazetteer.ts";
import type { ListImport, ListRecord } from "../../src/resolve/lists/types.ts";
import { recordEvents } from "../../src/store/alert-recorders.ts";
import { listAlerts, markRead, matchPending, unreadCount } from "../../src/store/alerts.ts";
import { saveAssessment } from "../../src/store/assessment.ts";
import { putMentions, upsertEntities } from "../../src/store/entities.ts";
import { putPartyHits, saveListImport } from "../../src/store/sanctions.ts";
import type { Store } from "../../src/store/store.ts";
import {
  createWatchlist,
  listWatchlists,
  removeWatchlist,
  rotateFeedToken,
  watchlistByFeedToken,
} from "../../src/store/watchlists.ts";
import { claimOn, makeDoc, sentencesOf } from "../store/fixtures.ts";
import { engines, type Engine } from "./engines.ts";

async function putDoc(store: Store, doc: SourceDocument, claims: Claim[]): Promise<void> {
  const r = await store.putDocument(doc, sentencesOf(doc.text), { claims });
  expect(r.inserted).toBe(true);
}

function mention(doc: SourceDocument, text: string, entityId: string) {
  const start = doc.text.indexOf(text);
  return { docId: doc.id, entityId, start, end: start + text.length, text };
}

function record(sourceId: string, name: string, aliases: string[] = []): ListRecord {
  return { listId: "ofac-sdn", sourceId, type: "organization", name, aliases, programmes: ["DPRK3"] };
}

function list(published: string, records: ListRecord[]): ListImport {
  return { listId: "ofac-sdn", published, sourceFiles: ["sdn.csv"], records, problems: [] };
}

function series(key: string, subject: string, place: string, path: string[]): Series {
  return { key, subject, place, placePath: path, periods: [] } as unknown as Series;
}

function finding(id: string, seriesKey: string, status: Finding["status"]): Finding {
  return {
    id,
    statement: `Troop figures for ${seriesKey}`,
    seriesKey,
    period: "2024",
    topic: "military",
    paragraphs: [],
    supportingClaims: [],
    origins: ["origin-a"],
    status,
    agreeing: [],
    disagreeing: [],
    parties: [],
    headline: null,
  };
}

function snapshot(
  status: Finding["status"],
  contradictions: AssessmentSnapshot["contradictions"],
): AssessmentSnapshot {
  return {
    series: [series("troops|kursk", "troops", "Kursk Oblast", ["Russia", "Kursk Oblast"])],
    findings: [finding("F-troops-kursk-2024", "troops|kursk", status)],
    contradictions,
    circular: [],
    clusters: {},
  };
}

const D1 = makeDoc(
  "d1",
  "Seoul's spy agency said 3,000 labourers were sent to Vladivostok this year. " +
    "Ким Чен Ын reviewed 12,000 soldiers before they left for Kursk.",
  { published: "2025-04-02" },
);
const D2 = makeDoc("d2", "Mansudae Overseas Projects sent 150 builders to Alabuga in May.", {
  published: "2025-05-20",
  outlet: "Border Desk",
});
const D3 = makeDoc("d3", "A second brigade of 2,500 soldiers reached the front in June.", {
  published: "2025-06-30",
});

describe.each(engines)("watchlists and alerts on %s", (_name, make) => {
  let engine: Engine | null = null;
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    await engine?.cleanup();
    store = null;
    engine = null;
  });

  it("matches every event kind to the right watchlists, once, and survives a restart", async () => {
    engine = await make();
    store = await engine.open();
    await upsertEntities(store.kysely, loadGazetteer());

    // A party typed in Hangul resolves to the registry entity with every spelling.
    const kim = await createWatchlist(store, { username: "ana", kind: "party", value: "김정은" });
    expect(kim.watchlist.label).toBe("Kim Jong Un");
    expect(kim.watchlist.target.entityId).toMatch(/kim-jong-un/);
    expect(kim.watchlist.target.names).toContain("Ким Чен Ын");
    const mansudae = await createWatchlist(store, {
      username: "ana",
      kind: "party",
      value: "Mansudae Overseas Project Group",
    });
    expect(mansudae.watchlist.target.entityId).toMatch(/mansudae/);
    const alabuga = await createWatchlist(store, { username: "ana", kind: "place", value: "Алабуга" });
    expect(alabuga.watchlist.label).toMatch(/Alabuga/);
    const troops = await createWatchlist(store, { username: "ana", kind: "subject", value: "troops" });
    const spies = await createWatchlist(store, { username: "ana", kind: "source", value: "spy agency" });
    const query = await createWatchlist(store, {
      username: "ana",
      kind: "query",
      value: { subject: "workers", destination: "vladivostok", from: "2025" },
    });
    const bobTroops = await createWatchlist(store, { username: "bob", kind: "subject", value: "troops" });

    await expect(
      createWatchlist(store, { username: "ana", kind: "subject", value: "troops" }),
    ).rejects.toThrow(/already watching/);
    await expect(
      createWatchlist(store, { username: "ana", kind: "subject", value: "tanks" }),
    ).rejects.toThrow(/unknown subject/);
    await expect(createWatchlist(store, { username: "ana", kind: "flag", value: "x" })).rejects.toThrow(
      /unknown kind/,
    );
    await expect(
      createWatchlist(store, { username: "ana", kind: "query", value: '{"colour":"red"}' }),
    ).rejects.toThrow(/unknown filter "colour"/);
    await expect(
      createWatchlist(store, { username: "ana", kind: "source", value: "x", webhookUrl: "ftp://h/x" }),
    ).rejects.toThrow(/only http/);

    // Claims: one on workers in Vladivostok from the spy agency, one on troops naming Kim in Cyrillic.
    await putDoc(store, D1, [
      claimOn(D1, "3,000", {
        subject: "workers",
        destination: "Vladivostok",
        attributedTo: "Seoul's spy agency",
        time: "2025",
      }),
      claimOn(D1, "12,000", {
        subject: "troops",
        unit: "persons",
        destination: "Kursk",
        event: "deployment_reported",
      }),
    ]);
    await putMentions(store.kysely, D1.id, [mention(D1, "Ким Чен Ын", kim.watchlist.target.entityId!)]);
    await putDoc(store, D2, [
      claimOn(D2, "150", { subject: "construction_workers", destination: "Alabuga" }),
    ]);
    await putMentions(store.kysely, D2.id, [
      mention(D2, "Mansudae Overseas Projects", mansudae.watchlist.target.entityId!),
    ]);
    // Screening found the company on a list: a designated party named.
    await putPartyHits(store.kysely, D2.id, [
      {
        docId: D2.id,
        mentionText: "Mansudae Overseas Projects",
        start: 0,
        end: "Mansudae Overseas Projects".length,
        entityId: mansudae.watchlist.target.entityId!,
        listId: "ofac-sdn",
        sourceId: "20578",
        matchedAlias: "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",
        score: 0.97,
        explanation: [],
      },
    ]);

    const recorded = await recordEvents(store);
    expect(recorded).toMatchObject({ claims: 3, mentions: 1 });
    const first = await matchPending(store);

    const kinds = async (w: { watchlist: { id: number } }, user = "ana") =>
      (await listAlerts(store!, user, { watchlistId: w.watchlist.id })).items
        .map((a) => `${a.event.kind}:${a.event.key}`)
        .sort();
    expect(await kinds(query)).toEqual(["claim:claim:1"]);
    expect(await kinds(spies)).toEqual(["claim:claim:1"]);
    expect(await kinds(troops)).toEqual(["claim:claim:2"]);
    expect(await kinds(bobTroops, "bob")).toEqual(["claim:claim:2"]);
    expect(await kinds(kim)).toEqual(["claim:claim:2"]);
    expect(await kinds(alabuga)).toEqual(["claim:claim:3"]);
    expect(await kinds(mansudae)).toEqual([
      "claim:claim:3",
      `designated_mention:mention:d2:0:26:ofac-sdn:20578`,
    ]);
    expect(first.alerts).toBe(8);

    // Matching again makes nothing new.
    expect(await recordEvents(store)).toEqual({ claims: 0, mentions: 0, designations: 0, assessment: 0 });
    expect((await matchPending(store)).alerts).toBe(0);

    // Lists: the first import is the baseline; the re-import adds Kim (any spelling) and drops Mansudae.
    await saveListImport(
      store.kysely,
      list("2025-01-01", [
        record("20578", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES"),
        record("1", "EXAMPLE SHIPPING CO"),
      ]),
      { now: new Date("2025-01-02T00:00:00Z") },
    );
    expect((await recordEvents(store)).designations).toBe(0);
    await saveListImport(
      store.kysely,
      list("2025-02-01", [
        record("1", "EXAMPLE SHIPPING CO"),
        { ...record("20157", "KIM, Jong Un", ["김정은"]), type: "person" },
      ]),
      { now: new Date("2025-02-02T00:00:00Z") },
    );
    expect((await recordEvents(store)).designations).toBe(2);

    // Assessment: a contradiction appears and the finding becomes corroborated.
    await saveAssessment(store.kysely, snapshot("single-source", []), { documents: 3, claims: 3 });
    await saveAssessment(
      store.kysely,
      snapshot("corroborated", [
        {
          id: "C-troops-kursk-1",
          seriesKey: "troops|kursk",
          period: "2024",
          claimKeys: ["d1#2", "dx#1"],
          origins: ["origin-a", "origin-b"],
          figures: [12000, 3000],
          reason: "the figures differ by a factor of four",
        },
      ]),
      { documents: 3, claims: 3 },
    );
    expect((await recordEvents(store)).assessment).toBe(2);
    await matchPending(store);
    expect((await kinds(kim)).filter((k) => k.startsWith("designation"))).toEqual([
      "designation_added:designation-added:ofac-sdn:20157:2025-02-02T00:00:00.000Z",
    ]);
    expect((await kinds(mansudae)).filter((k) => k.startsWith("designation"))).toEqual([
      "designation_removed:designation-removed:ofac-sdn:20578:2025-02-02T00:00:00.000Z",
    ]);
    expect(await kinds(troops)).toEqual([
      "claim:claim:2",
      "contradiction:contradiction:C-troops-kursk-1",
      expect.stringMatching(/^finding_status:finding-status:F-troops-kursk-2024:\d+$/),
    ]);
    // The Kursk contradiction is not about Alabuga.
    expect(await kinds(alabuga)).toEqual(["claim:claim:3"]);

    // Inbox: unread counts per user, mark read.
    const before = await unreadCount(store, "ana");
    expect(before).toBe((await listAlerts(store, "ana", { limit: 500 })).total);
    expect(await unreadCount(store, "bob")).toBe(3);
    const some = (await listAlerts(store, "ana", { limit: 2 })).items.map((a) => a.id);
    expect(await markRead(store, "bob", some)).toBe(0); // not bob's
    expect(await markRead(store, "ana", some)).toBe(2);
    expect(await unreadCount(store, "ana")).toBe(before - 2);
    expect(
      (await listAlerts(store, "ana", { unread: true, limit: 500 })).items.map((a) => a.id),
    ).not.toContain(some[0]);

    // Restart: a claim is stored and recorded, the process stops before matching.
    const total = (await listAlerts(store, "ana", { limit: 500 })).total;
    await putDoc(store, D3, [claimOn(D3, "2,500", { subject: "troops" })]);
    await recordEvents(store);
    await store.close();
    store = await engine.open();
    expect((await matchPending(store)).alerts).toBe(2); // ana's and bob's troops watchlists
    expect((await matchPending(store)).alerts).toBe(0);
    await recordEvents(store);
    expect((await listAlerts(store, "ana", { limit: 500 })).total).toBe(total + 1);
    expect((await listAlerts(store, "bob")).items.map((a) => a.event.key)).toContain("claim:4");

    // Feed tokens open one watchlist, rotate, and removal takes the alerts with it.
    expect((await watchlistByFeedToken(store, kim.feedToken))?.id).toBe(kim.watchlist.id);
    const rotated = await rotateFeedToken(store, kim.watchlist.id);
    expect(await watchlistByFeedToken(store, kim.feedToken)).toBeNull();
    expect((await watchlistByFeedToken(store, rotated))?.id).toBe(kim.watchlist.id);
    expect(await removeWatchlist(store, kim.watchlist.id, "bob")).toBe(false);
    expect(await removeWatchlist(store, kim.watchlist.id, "ana")).toBe(true);
    expect((await listWatchlists(store, "ana")).map((w) => w.id)).not.toContain(kim.watchlist.id);
    expect((await listAlerts(store, "ana", { watchlistId: kim.watchlist.id })).total).toBe(0);
  });

  it("a watchlist created after stored claims is not flooded with them", async () => {
    engine = await make();
    store = await engine.open();
    await putDoc(store, D3, [claimOn(D3, "2,500", { subject: "troops" })]);
    await recordEvents(store); // first run: notes the present
    await putDoc(store, D1, [claimOn(D1, "12,000", { subject: "troops" })]);
    const w = await createWatchlist(store, { username: "ana", kind: "subject", value: "troops" });
    await matchPending(store);
    expect((await listAlerts(store, "ana", { watchlistId: w.watchlist.id })).total).toBe(0);
    await putDoc(store, D2, [claimOn(D2, "150", { subject: "troops" })]);
    await recordEvents(store);
    await matchPending(store);
    expect((await listAlerts(store, "ana")).items.map((a) => a.event.payload.claim?.docId)).toEqual(["d2"]);
  });
});
