// The Security Council provisions a series bears on (data/provisions/unscr.json) and the rules
// that map subjects, event families, dates and designated parties to them.
import {
  defaultReference,
  type ProvisionEntry,
  type Reference,
  type SubjectRegistry,
} from "../reference/index.ts";
import type { Subject } from "../types.ts";
import type { EventFamily, ParagraphRef, PartyHit } from "./types.ts";

export type Provision = ProvisionEntry;

/** 2397 ¶8: every DPRK national earning income abroad to be repatriated by this date. */
export const REPATRIATION_DEADLINE = "2019-12-22";
/** Adoption of 2375 (no new work authorisations). */
export const RES_2375_ADOPTED = "2017-09-11";

/** The provision catalogue of the reference data (data/provisions/unscr.json). */
export function loadProvisions(reference: Reference = defaultReference()): readonly ProvisionEntry[] {
  return reference.provisions;
}

export function provision(id: string): Provision {
  const p = loadProvisions().find((x) => x.id === id);
  if (!p) throw new Error(`provisions: unknown paragraph id "${id}"`);
  return p;
}

export function provisionLabel(p: Provision): string {
  return `UNSCR ${p.resolution} (${p.year}) ¶${p.paragraph}`;
}

function ref(id: string, relation: string): ParagraphRef {
  return { id, label: provisionLabel(provision(id)), relation };
}

/** Subjects the labour paragraphs bear on: labour flows and the money they earn. */
const isLabour = (s: SubjectRegistry, subject: string) =>
  s.labour.has(subject) || s.group(subject) === "money" || s.group(subject) === "share";

/**
 * Relation of a period to the repatriation deadline. A year period is "after" only when it
 * starts after the deadline; 2019 straddles it unless a day-precise date says otherwise.
 */
export function afterRepatriationDeadline(
  period: string,
  latestDate: string | null = null,
): "after" | "before" | "straddles" {
  if (latestDate && /^\d{4}-\d{2}-\d{2}$/.test(latestDate))
    return latestDate > REPATRIATION_DEADLINE ? "after" : "before";
  if (!/^\d{4}$/.test(period)) return "straddles";
  const year = Number(period);
  return year >= 2020 ? "after" : year < 2019 ? "before" : "straddles";
}

export interface ProvisionContext {
  subject: Subject | string;
  family: EventFamily;
  period: string;
  /** Latest day-precise date among the period's claims, when there is one. */
  latestDate?: string | null;
  /** The subject registry (default: the repository's). */
  subjects?: SubjectRegistry;
}

/** Paragraphs a series period bears on, each with the relation in words. */
export function provisionsFor(ctx: ProvisionContext): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  const { subject, family, period } = ctx;
  const subjects = ctx.subjects ?? defaultReference().subjects;
  if (isLabour(subjects, subject)) {
    const what =
      subject === "visas"
        ? "visas issued to DPRK nationals (a work indicator only if used for work)"
        : "DPRK nationals earning income abroad";
    const timing = afterRepatriationDeadline(period, ctx.latestDate ?? null);
    if (family === "planned") {
      out.push(
        ref(
          "2375-17",
          "a planned dispatch of workers would need new work authorisations, which are prohibited",
        ),
      );
      if (timing !== "before")
        out.push(
          ref(
            "2397-8",
            "a dispatch planned after the 22 December 2019 repatriation deadline would breach it",
          ),
        );
    } else if (family === "entries") {
      out.push(
        ref(
          "2375-17",
          "indicator only: border entries are not a count of workers; entries for work would need prohibited new authorisations",
        ),
      );
      out.push(ref("2397-8", `indicator only: entries in ${period} of ${what}`));
    } else {
      const relation =
        timing === "after"
          ? `breach indicated: ${what} reported in ${period}, after the 22 December 2019 repatriation deadline; continued presence is a breach`
          : timing === "straddles"
            ? `bears on: ${what} reported in ${period}; the repatriation deadline of 22 December 2019 falls in or near this period`
            : `bears on: ${what} reported in ${period}, before the repatriation deadline of 22 December 2019`;
      out.push(ref("2397-8", relation));
      if (family === "realised")
        out.push(
          ref(
            "2375-17",
            "new dispatches of workers imply new work authorisations, prohibited since 11 September 2017",
          ),
        );
      out.push(
        ref("2371-11", "work authorisations for DPRK nationals may not exceed the number at 5 August 2017"),
      );
    }
    out.push(
      ref(
        "2321-34",
        "the Council's stated concern about DPRK workers earning foreign currency (not binding)",
      ),
    );
  } else if (subjects.arms.has(subject)) {
    const planned = family === "planned" ? "planned " : "";
    out.push(ref("1718-8b", `${planned}export of arms or related materiel by the DPRK`));
    out.push(
      ref("1874-9", `${planned}transfer of arms and related materiel from the DPRK, all arms included`),
    );
    out.push(ref("2270-6", "no small-arms exception: every category of arms is covered"));
    out.push(ref("2270-8", "DPRK exports that strengthen another State's armed forces are prohibited"));
  } else if (subjects.military.has(subject)) {
    out.push(
      ref("1874-9", "DPRK military personnel providing services and assistance related to arms abroad"),
    );
    out.push(
      ref(
        "2270-8",
        "DPRK support that enhances the operational capabilities of another State's armed forces",
      ),
    );
    out.push(ref("1718-8c", "technical training, advice or assistance connected with arms"));
    if (subject === "deminers" || subject === "military_builders") {
      out.push(ref("2397-8", "bears on only if these personnel earn income abroad"));
    }
  }
  return out;
}

/** The resolution a listing names (e.g. programme "UNSCR 2270 annex I"), when any. */
export function designatingResolution(hit: PartyHit): number | null {
  // Programmes are more specific than the list id ("un-1718" vs "UNSCR 2270 annex II"); a later
  // resolution named anywhere is the one whose annex carried the listing.
  const text = [...hit.programmes, hit.listId].join(" ");
  const found = [...text.matchAll(/\b(1718|1874|2087|2094|2270|2321|2356|2371|2375|2397)\b/g)].map((m) =>
    Number(m[1]),
  );
  return found.find((n) => n !== 1718) ?? found[0] ?? null;
}

export function isUnListing(hit: PartyHit): boolean {
  return /\bun\b|united nations|unsc|1718/i.test([hit.listId, ...hit.programmes].join(" "));
}

/** Paragraphs a designated party's involvement bears on: the UN asset freeze and travel ban. */
export function provisionsForParties(hits: PartyHit[]): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  const un = hits.filter(isUnListing);
  if (!un.length) return out;
  const names = un
    .map((h) => {
      const res = designatingResolution(h);
      return `${h.name} (${h.listId}${res ? `, designated under resolution ${res}` : ""})`;
    })
    .join("; ");
  // The asset freeze covers designated people and bodies; the travel ban only individuals.
  out.push(ref("1718-8d", `UN-designated party involved, assets to be frozen: ${names}`));
  const people = un.filter((h) => h.type === "person");
  if (people.length)
    out.push(
      ref(
        "1718-8e",
        `travel ban applies to designated individuals: ${people.map((h) => `${h.name} (${h.listId})`).join("; ")}`,
      ),
    );
  return out;
}
