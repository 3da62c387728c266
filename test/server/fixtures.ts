// A small real store for server and browser tests: documents written for these tests (not taken
// from the corpus), with sentences and claims whose offsets are computed from the text itself.
import { createHash } from "node:crypto";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import type { Claim, Sentence, SourceDocument } from "../../src/types.ts";

export const HOSTILE_SCRIPT = "<script>window.__pwned=1</script>";
export const HOSTILE_IMG = `<img src=x onerror="window.__pwned=2">`;

interface ClaimSpec extends Omit<Claim, "docId" | "evidence" | "sentence" | "span" | "attributionChain"> {
  /** The figure as written, found inside `sentence`. */
  figure: string;
  /** The sentence (verbatim from the text) the claim is read from. */
  inSentence: string;
  attributionChain?: string[];
}

interface DocSpec {
  id: string;
  title: string;
  outlet: string;
  published: string;
  url: string | null;
  paragraphs: string[][];
  claims: ClaimSpec[];
}

/** Splits paragraphs of sentences into text plus Sentence records with exact offsets. */
function layout(paragraphs: string[][]): { text: string; sentences: Sentence[] } {
  let text = "";
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n\n";
    paragraph.forEach((s, i) => {
      if (i > 0) text += " ";
      sentences.push({
        index: sentences.length,
        paragraph: p,
        start: text.length,
        end: text.length + s.length,
        text: s,
      });
      text += s;
    });
  });
  return { text, sentences };
}

function toClaim(docId: string, text: string, spec: ClaimSpec): Claim {
  const { figure, inSentence, ...rest } = spec;
  const sentenceStart = text.indexOf(inSentence);
  if (sentenceStart < 0) throw new Error(`fixture ${docId}: sentence not in text: ${inSentence}`);
  const figureStart = inSentence.indexOf(figure);
  if (figureStart < 0) throw new Error(`fixture ${docId}: figure "${figure}" not in its sentence`);
  return {
    ...rest,
    docId,
    attributionChain: spec.attributionChain ?? (spec.attributedTo ? [spec.attributedTo] : []),
    evidence: inSentence,
    sentence: { start: sentenceStart, end: sentenceStart + inSentence.length },
    span: { start: sentenceStart + figureStart, end: sentenceStart + figureStart + figure.length },
  };
}

const base = { modality: "reported" as const, destination: null, attributedTo: null, time: null };

const labourSentence =
  "About 12,000 workers from the North were sent to Russia last year, lawmakers were told by the spy agency.";
const itSentence = "Another 1,500 IT workers are thought to be based in China.";
const troopSentence =
  "More than 10,000 soldiers have been moved into the Kursk region, a Ukrainian intelligence officer said.";
const plannedSentence = "Up to 3,000 more could follow by December.";
const hostileSentence =
  "Some 400 construction workers reached Vladivostok in May 2023, the regional paper wrote.";

/** Six filler claims in one document so pagination has something to page through. */
const fillerSentences = [2015, 2016, 2017, 2018, 2019, 2020].map(
  (year, i) => `In ${year} a count found ${(i + 1) * 100} workers at the logging camps.`,
);

export const DOCS: DocSpec[] = [
  {
    id: "t-labour",
    title: "Lawmakers briefed on labour exports",
    outlet: "Example Daily",
    published: "2024-03-10",
    url: "https://example.org/labour",
    paragraphs: [[labourSentence, "The briefing was closed to the press."], [itSentence]],
    claims: [
      {
        ...base,
        figure: "About 12,000",
        inSentence: labourSentence,
        quantity: 12000,
        qualifier: "approx",
        unit: "persons",
        subject: "workers",
        event: "deployment_reported",
        destination: "Russia",
        attributedTo: "National Intelligence Service",
        attributionChain: ["lawmakers", "National Intelligence Service"],
        time: "2023",
      },
      {
        ...base,
        figure: "1,500",
        inSentence: itSentence,
        quantity: 1500,
        qualifier: "exact",
        unit: "persons",
        subject: "it_workers",
        event: "stock_estimate",
        destination: "China",
        modality: "alleged",
      },
    ],
  },
  {
    id: "t-troops",
    title: "Troops moved to the front",
    outlet: "Harbour Wire",
    published: "2024-11-02",
    url: "javascript:alert(1)",
    paragraphs: [[troopSentence, plannedSentence]],
    claims: [
      {
        ...base,
        figure: "More than 10,000",
        inSentence: troopSentence,
        quantity: 10000,
        qualifier: "more_than",
        unit: "persons",
        subject: "troops",
        event: "deployment_reported",
        destination: "Russia",
        attributedTo: "Ukrainian intelligence",
        time: "2024-11",
      },
      {
        ...base,
        figure: "Up to 3,000",
        inSentence: plannedSentence,
        quantity: 3000,
        qualifier: "up_to",
        unit: "persons",
        subject: "troops",
        event: "deployment_planned",
        destination: "Russia",
        time: "2024-12",
        modality: "planned",
      },
    ],
  },
  {
    id: "t-hostile",
    title: `Forum post ${HOSTILE_SCRIPT}`,
    outlet: `Copied <b>Outlet</b>`,
    published: "2023-06-01",
    url: null,
    paragraphs: [
      [`A forum post quoted the line ${HOSTILE_SCRIPT} before the text went on.`, hostileSentence],
      [`The caption ended with ${HOSTILE_IMG} and nothing more.`],
    ],
    claims: [
      {
        ...base,
        figure: "Some 400",
        inSentence: hostileSentence,
        quantity: 400,
        qualifier: "approx",
        unit: "persons",
        subject: "construction_workers",
        event: "entries",
        destination: "Russia",
        attributedTo: "the regional paper",
        time: "2023-05",
      },
    ],
  },
  {
    id: "t-camps",
    title: "Logging camps, year by year",
    outlet: "Forest Monitor",
    published: "2021-01-15",
    url: null,
    paragraphs: [fillerSentences],
    claims: fillerSentences.map((s, i) => ({
      ...base,
      figure: `${(i + 1) * 100}`,
      inSentence: s,
      quantity: (i + 1) * 100,
      qualifier: "exact" as const,
      unit: "persons",
      subject: "workers" as const,
      event: "stock_estimate" as const,
      destination: "Russian Far East",
      time: String(2015 + i),
    })),
  },
];

export const TOTAL_CLAIMS = DOCS.reduce((n, d) => n + d.claims.length, 0);

/** Opens `db` (default in memory) and stores every fixture document with its claims. */
export async function fixtureStore(db = ":memory:"): Promise<Store> {
  const store = await openStore(db);
  for (const spec of DOCS) {
    const { text, sentences } = layout(spec.paragraphs);
    const doc: SourceDocument = {
      id: spec.id,
      contentHash: createHash("sha256").update(text).digest("hex"),
      url: spec.url,
      title: spec.title,
      outlet: spec.outlet,
      published: spec.published,
      text,
      format: "txt",
      sourcePath: `fixtures/${spec.id}.txt`,
    };
    await store.putDocument(doc, sentences, { claims: spec.claims.map((c) => toClaim(doc.id, text, c)) });
  }
  return store;
}
