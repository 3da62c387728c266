// Pure builders of alert events from stored records. The key of each event is what makes it
// unique: the same stored fact always gives the same key, so recording it again is a no-op.
import type { Contradiction, Series } from "../assess/types.ts";
import type { EventClaim, NewAlertEvent } from "./types.ts";

const uniq = (xs: (string | null | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => !!x && !!x.trim())),
];

function figure(q: number | [number, number]): string {
  return Array.isArray(q)
    ? `${q[0].toLocaleString("en")}–${q[1].toLocaleString("en")}`
    : q.toLocaleString("en");
}

/** An entity named in a claim's sentence (from the stored mentions). */
export interface SentenceMention {
  entityId: string;
  text: string;
  /** The entity's canonical name, when the registry has it. */
  name?: string | null;
  type?: string | null;
}

export function claimEvent(claim: EventClaim, mentions: SentenceMention[], at: string): NewAlertEvent {
  const where = claim.destination ? ` in ${claim.destination}` : "";
  const who = claim.attributedTo ?? claim.outlet;
  const places = mentions.filter((m) => m.type === "place" || m.type === "site");
  const parties = mentions.filter((m) => !(m.type === "place" || m.type === "site"));
  return {
    key: `claim:${claim.id}`,
    kind: "claim",
    at,
    payload: {
      title: `New claim: ${figure(claim.quantity)} ${claim.subject.replace(/_/g, " ")}${where}`,
      summary: `${claim.evidence}${who ? ` (${who}${claim.published ? `, ${claim.published.slice(0, 10)}` : ""})` : ""}`,
      link: `#/claims/${claim.id}`,
      docId: claim.docId,
      claim,
      subjects: [claim.subject],
      places: uniq([claim.destination, ...places.flatMap((m) => [m.text, m.name])]),
      names: uniq(parties.flatMap((m) => [m.text, m.name])),
      entityIds: uniq(mentions.map((m) => m.entityId)),
      sources: uniq([claim.attributedTo, ...claim.attributionChain, claim.outlet]),
    },
  };
}

export interface DesignatedMention {
  docId: string;
  docTitle: string | null;
  outlet: string | null;
  mentionText: string;
  start: number;
  end: number;
  entityId: string | null;
  listId: string;
  sourceId: string;
  recordName: string | null;
  programmes: string[];
}

export function designatedMentionEvent(h: DesignatedMention, at: string): NewAlertEvent {
  const listed = h.recordName ?? h.mentionText;
  return {
    key: `mention:${h.docId}:${h.start}:${h.end}:${h.listId}:${h.sourceId}`,
    kind: "designated_mention",
    at,
    payload: {
      title: `Designated party named: ${h.mentionText}`,
      summary: `"${h.mentionText}" in ${h.docTitle ?? h.docId}${h.outlet ? ` (${h.outlet})` : ""} matches ${listed} on ${h.listId}${h.programmes.length ? ` [${h.programmes.join(", ")}]` : ""}.`,
      link: `#/documents/${encodeURIComponent(h.docId)}`,
      docId: h.docId,
      subjects: [],
      places: [],
      names: uniq([h.mentionText, h.recordName]),
      entityIds: uniq([h.entityId]),
      sources: uniq([h.outlet]),
    },
  };
}

export interface Designation {
  listId: string;
  sourceId: string;
  name: string;
  aliases: string[];
}

/** `version` is the list's import time: a record removed and added again is a new event. */
export function designationEvent(
  change: "added" | "removed",
  d: Designation,
  version: string,
  at: string,
  entityIds: string[] = [],
): NewAlertEvent {
  return {
    key: `designation-${change}:${d.listId}:${d.sourceId}:${version}`,
    kind: change === "added" ? "designation_added" : "designation_removed",
    at,
    payload: {
      title: `Designation ${change}: ${d.name} (${d.listId})`,
      summary: `${d.name} was ${change === "added" ? "added to" : "removed from"} ${d.listId} (record ${d.sourceId}) in the list imported at ${version}.`,
      link: entityIds[0] ? `#/entities/${encodeURIComponent(entityIds[0])}` : "#/entities",
      subjects: [],
      places: [],
      names: uniq([d.name, ...d.aliases]),
      entityIds: uniq(entityIds),
      sources: [d.listId],
    },
  };
}

function seriesFacts(series: Series | undefined): { subjects: string[]; places: string[] } {
  if (!series) return { subjects: [], places: [] };
  return { subjects: [series.subject], places: uniq([series.place, ...series.placePath]) };
}

export function contradictionEvent(c: Contradiction, series: Series | undefined, at: string): NewAlertEvent {
  const facts = seriesFacts(series);
  const what = series
    ? `${series.subject.replace(/_/g, " ")}${series.place ? ` in ${series.place}` : ""}`
    : c.seriesKey;
  return {
    key: `contradiction:${c.id}`,
    kind: "contradiction",
    at,
    payload: {
      title: `New contradiction: ${what}, ${c.period}`,
      summary: `${c.origins[0]} gives ${figure(c.figures[0])}, ${c.origins[1]} gives ${figure(c.figures[1])}: ${c.reason}`,
      link: "#/findings",
      ...facts,
      names: [],
      entityIds: [],
      sources: uniq(c.origins),
    },
  };
}

export interface FindingChange {
  id: string;
  statement: string;
  seriesKey: string;
  period: string;
  from: string;
  to: string;
  runId: number;
  parties: { name: string; entityId?: string | null }[];
  origins: string[];
}

export function findingStatusEvent(f: FindingChange, series: Series | undefined, at: string): NewAlertEvent {
  return {
    key: `finding-status:${f.id}:${f.runId}`,
    kind: "finding_status",
    at,
    payload: {
      title: `Finding now ${f.to} (was ${f.from})`,
      summary: f.statement,
      link: "#/findings",
      ...seriesFacts(series),
      names: uniq(f.parties.map((p) => p.name)),
      entityIds: uniq(f.parties.map((p) => p.entityId)),
      sources: uniq(f.origins),
    },
  };
}
