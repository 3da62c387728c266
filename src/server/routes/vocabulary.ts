// GET /api/vocabulary: the reference data the dashboard labels and filters with, straight from the
// registry the server was started with (src/reference/): subjects with their groups, units and
// labels, the scoring groups, places with their labels, kinds, hierarchy and map features, and the
// contract's qualifiers and events. The dashboard reads this instead of keeping a copy.
import type { FastifyPluginAsync } from "fastify";
import Type, { type Static } from "typebox";
import type { Reference } from "../../reference/index.ts";
import { EVENTS, QUALIFIERS } from "../../types.ts";
import { errorResponses } from "../schemas.ts";

const PerLanguage = Type.Record(Type.String(), Type.String(), {
  description: "Text per language code (`en` always present).",
});
const LonLat = Type.Tuple([Type.Number(), Type.Number()], { description: "[longitude, latitude]" });

const SubjectOut = Type.Object({
  id: Type.String(),
  group: Type.String(),
  unit: Type.String({
    description: "Unit of a count of this subject (`persons`, `rounds`, …); money is in its currency.",
  }),
  people: Type.Boolean({ description: "Counts people." }),
  flow: Type.Union([Type.String(), Type.Null()], { description: "`labour`, `military`, `arms` or null." }),
  label: PerLanguage,
  phrase: PerLanguage,
  measures: Type.Array(Type.String()),
});

const PlaceOut = Type.Object({
  name: Type.String({ description: "The destination as claims state it." }),
  label: Type.String({ description: "Display name." }),
  kind: Type.String({ description: "`site`, `city`, `region`, `area` or `country`." }),
  parent: Type.Union([Type.String(), Type.Null()]),
  path: Type.Array(Type.String(), { description: "Names from the country down to the place." }),
  country: Type.Union([Type.String(), Type.Null()]),
  feature: Type.Union([Type.String(), Type.Null()], {
    description:
      "The map feature (world.topo.json id) the place is drawn in: its own or its nearest parent's.",
  }),
  site: Type.Union([Type.Object({ key: Type.String(), label: Type.String(), point: LonLat }), Type.Null()]),
  point: Type.Union([LonLat, Type.Null()], { description: "Where an area without a map feature is drawn." }),
  aliases: Type.Array(Type.String()),
});

export const VocabularySchema = Type.Object({
  groups: Type.Array(Type.Object({ id: Type.String(), subjects: Type.Array(Type.String()) })),
  subjects: Type.Array(SubjectOut),
  places: Type.Array(PlaceOut),
  qualifiers: Type.Array(Type.String()),
  events: Type.Array(Type.String()),
  languages: Type.Array(Type.String(), { description: "Languages the subject nouns are given in." }),
});
export type Vocabulary = Static<typeof VocabularySchema>;

/** The vocabulary answer for a reference (pure: the same reference gives the same answer). */
export function vocabularyOf(reference: Reference): Vocabulary {
  const { subjects, places } = reference;
  return {
    groups: Object.entries(subjects.groups()).map(([id, ids]) => ({ id, subjects: ids })),
    subjects: subjects.entries.map((s) => ({
      id: s.id,
      group: s.group,
      unit: s.unit,
      people: s.people,
      flow: s.flow,
      label: s.label,
      phrase: s.phrase,
      measures: s.measures ?? [],
    })),
    places: places.entries.map((p) => {
      const chain = places.ancestry(p);
      return {
        name: p.name,
        label: places.labelOf(p),
        kind: p.kind,
        parent: p.parent,
        path: chain.map((q) => q.name).reverse(),
        country: p.country ?? chain.find((q) => q.country)?.country ?? null,
        feature: chain.find((q) => q.feature)?.feature ?? null,
        site: p.site ?? null,
        point: p.point ?? null,
        aliases: p.aliases ?? [],
      };
    }),
    qualifiers: [...QUALIFIERS],
    events: [...EVENTS],
    languages: subjects.languages(),
  };
}

const schema = {
  summary: "The subject registry and the gazetteer: labels, groups, units, places and map features",
  tags: ["reference"],
  response: { 200: VocabularySchema, ...errorResponses },
};

export const vocabularyRoutes: FastifyPluginAsync = async (app) => {
  const answer = vocabularyOf(app.reference); // reference data does not change while the server runs
  app.get("", { schema, config: { permission: "read" } }, async () => answer);
};
