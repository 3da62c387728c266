// Hand-written fixtures (our own words) for the assessment tests: a syndicated story with copies,
// independent origins, a conflict, plans vs dispatches, a citation chain and circular reporting.
import type { Claim } from "../../src/types.ts";
import type { AssessDocument } from "../../src/assess/types.ts";

export interface FixtureDoc {
  doc: AssessDocument;
  claims: Claim[];
}

type ClaimSpec = Omit<Partial<Claim>, "sentence"> & {
  text: string;
  figure: string;
  quantity: Claim["quantity"];
};

export function makeDoc(
  id: string,
  meta: { outlet: string | null; published: string | null; title?: string; url?: string },
  paragraphs: string[],
  specs: ClaimSpec[],
): FixtureDoc {
  const text = paragraphs.join("\n\n");
  const claims = specs.map((spec) => {
    const start = text.indexOf(spec.text);
    if (start < 0) throw new Error(`fixture ${id}: sentence not in text: ${spec.text}`);
    const figureAt = text.indexOf(spec.figure, start);
    const { text: sentence, figure, ...rest } = spec;
    return {
      docId: id,
      qualifier: "exact",
      unit: "persons",
      subject: "workers",
      event: "deployment_reported",
      destination: "Russia",
      attributedTo: null,
      attributionChain: [],
      time: null,
      modality: "reported",
      evidence: sentence,
      sentence: { start, end: start + sentence.length },
      span: { start: figureAt, end: figureAt + figure.length },
      ...rest,
    } as Claim;
  });
  return {
    doc: {
      id,
      url: meta.url ?? `https://example.org/${id}`,
      title: meta.title ?? `Story ${id}`,
      outlet: meta.outlet,
      published: meta.published,
      text,
    },
    claims,
  };
}

const WIRE_BODY = [
  "Pyongyang has quietly stepped up the number of its citizens working on Russian building sites, according to figures compiled by this agency from regional hiring records and interviews with contractors in three cities.",
  "About 15,000 North Korean workers were sent to Russia during 2025, most of them placed with construction firms in the Far East and in Moscow.",
  "Contractors said the new arrivals work long shifts, live in dormitories supervised by minders, and hand most of their pay to a state company before they ever see it.",
  "Several of the workers were said to have arrived on study or training papers rather than on work permits, a practice that makes the flow hard to count from official statistics.",
  "Neither the Russian labour ministry nor the North Korean embassy in Moscow answered requests for comment on the hiring records or on the conditions described by the contractors.",
];
const WORKER_SENTENCE = WIRE_BODY[1];

export function syndicatedStory(): FixtureDoc[] {
  const spec = (): ClaimSpec => ({
    text: WORKER_SENTENCE,
    figure: "About 15,000",
    quantity: 15000,
    qualifier: "approx",
    time: "2025",
  });
  const original = makeDoc(
    "wire-1",
    { outlet: "Reuters", published: "2025-10-02", title: "North Korean labour flow to Russia grows" },
    WIRE_BODY,
    [spec()],
  );
  const copyA = makeDoc(
    "copy-a",
    {
      outlet: "Harbour City Gazette",
      published: "2025-10-03",
      title: "Thousands of DPRK labourers reach Russian sites",
    },
    [...WIRE_BODY, "Distributed by the Pacific Newswire syndication service. All rights reserved."],
    [spec()],
  );
  const copyB = makeDoc(
    "copy-b",
    {
      outlet: "Steppe Morning Post",
      published: "2025-10-04",
      title: "Russia's hidden North Korean workforce",
    },
    [
      ...WIRE_BODY,
      "This article was republished under licence; reproduction is not permitted without written consent.",
    ],
    [spec()],
  );
  return [original, copyA, copyB];
}

export function independentWorkers(): FixtureDoc[] {
  const hur = makeDoc(
    "hur-1",
    { outlet: "Kyiv Independent", published: "2025-11-10" },
    [
      "Kyiv's military intelligence said on Monday that it had tracked the movement of North Korean labourers by rail and by charter flight over the course of the year.",
      "Ukrainian intelligence estimates that roughly 16,000 North Korean workers were dispatched to Russia in 2025.",
    ],
    [
      {
        text: "Ukrainian intelligence estimates that roughly 16,000 North Korean workers were dispatched to Russia in 2025.",
        figure: "roughly 16,000",
        quantity: 16000,
        qualifier: "approx",
        time: "2025",
        attributedTo: "Ukrainian intelligence",
        attributionChain: ["Ukrainian intelligence"],
      },
    ],
  );
  const chain = makeDoc(
    "joongang-1",
    { outlet: "JoongAng Ilbo", published: "2025-11-20" },
    [
      "Lawmakers briefed behind closed doors heard a fresh count of North Korean labour in Russia.",
      "Citing Yonhap, which cited South Korea's spy agency, the paper said some 14,500 North Korean workers had been sent to Russia this year.",
    ],
    [
      {
        text: "Citing Yonhap, which cited South Korea's spy agency, the paper said some 14,500 North Korean workers had been sent to Russia this year.",
        figure: "some 14,500",
        quantity: 14500,
        qualifier: "approx",
        time: "2025",
        attributedTo: "JoongAng Ilbo",
        attributionChain: ["JoongAng Ilbo", "Yonhap", "South Korea's spy agency"],
      },
    ],
  );
  return [hur, chain];
}

export function troopConflict(): FixtureDoc[] {
  const nis = makeDoc(
    "nis-kursk",
    { outlet: "Yonhap", published: "2025-02-12" },
    [
      "The National Intelligence Service told parliament that about 11,000 North Korean soldiers remained in the Kursk region in early 2025.",
    ],
    [
      {
        text: "The National Intelligence Service told parliament that about 11,000 North Korean soldiers remained in the Kursk region in early 2025.",
        figure: "about 11,000",
        quantity: 11000,
        qualifier: "approx",
        subject: "troops",
        event: "stock_estimate",
        destination: "Kursk region",
        time: "2025-02",
        attributedTo: "National Intelligence Service",
        attributionChain: ["National Intelligence Service"],
      },
    ],
  );
  const kremlin = makeDoc(
    "kremlin-kursk",
    { outlet: "Moscow Courier", published: "2025-02-20" },
    [
      "A Kremlin spokesman insisted that no more than a couple of thousand Korean specialists had ever been present, and put the figure at 2,000.",
    ],
    [
      {
        text: "A Kremlin spokesman insisted that no more than a couple of thousand Korean specialists had ever been present, and put the figure at 2,000.",
        figure: "2,000",
        quantity: 2000,
        subject: "troops",
        event: "stock_estimate",
        destination: "Kursk",
        time: "2025",
        attributedTo: "Kremlin",
        attributionChain: ["Kremlin"],
      },
    ],
  );
  return [nis, kremlin];
}

export function plansAndDispatches(): FixtureDoc[] {
  const plan = makeDoc(
    "plan-tatarstan",
    { outlet: "Kyiv Independent", published: "2026-01-20" },
    ["Pyongyang intends to send 12,000 workers to Tatarstan this year, Ukrainian intelligence said."],
    [
      {
        text: "Pyongyang intends to send 12,000 workers to Tatarstan this year, Ukrainian intelligence said.",
        figure: "12,000",
        quantity: 12000,
        event: "deployment_planned",
        modality: "planned",
        destination: "Tatarstan",
        time: "2026",
        attributedTo: "Ukrainian intelligence",
        attributionChain: ["Ukrainian intelligence"],
      },
    ],
  );
  const sent = makeDoc(
    "sent-alabuga",
    { outlet: "Reuters", published: "2026-05-02" },
    [
      "Around 1,500 North Korean workers have so far arrived at the Alabuga drone plant, according to hiring documents reviewed by the agency.",
    ],
    [
      {
        text: "Around 1,500 North Korean workers have so far arrived at the Alabuga drone plant, according to hiring documents reviewed by the agency.",
        figure: "Around 1,500",
        quantity: 1500,
        qualifier: "approx",
        destination: "Alabuga",
        time: "2026",
      },
    ],
  );
  const entries = makeDoc(
    "entries-2024",
    { outlet: "NK News", published: "2025-03-01" },
    ["Russian border statistics show more than 13,000 entries by North Korean citizens in 2024."],
    [
      {
        text: "Russian border statistics show more than 13,000 entries by North Korean citizens in 2024.",
        figure: "more than 13,000",
        quantity: 13000,
        qualifier: "more_than",
        subject: "nationals",
        event: "entries",
        time: "2024",
      },
    ],
  );
  return [plan, sent, entries];
}

export function circularStory(): FixtureDoc[] {
  const first = makeDoc(
    "yonhap-troops",
    { outlet: "Yonhap", published: "2024-11-01" },
    [
      "South Korea's spy agency said 10,000 North Korean troops had been sent to Russia for training before deployment to the front.",
    ],
    [
      {
        text: "South Korea's spy agency said 10,000 North Korean troops had been sent to Russia for training before deployment to the front.",
        figure: "10,000",
        quantity: 10000,
        subject: "troops",
        time: "2024",
        attributedTo: "South Korea's spy agency",
        attributionChain: ["South Korea's spy agency"],
      },
    ],
  );
  const echo = makeDoc(
    "echo-troops",
    { outlet: "Eastern Front Review", published: "2024-11-25" },
    [
      "Officials in Kyiv now say the number is confirmed.",
      "Ukrainian intelligence confirmed that 10,000 North Korean troops are in Russia, pointing to the earlier Yonhap report.",
    ],
    [
      {
        text: "Ukrainian intelligence confirmed that 10,000 North Korean troops are in Russia, pointing to the earlier Yonhap report.",
        figure: "10,000",
        quantity: 10000,
        subject: "troops",
        time: "2024",
        attributedTo: "Ukrainian intelligence",
        attributionChain: ["Ukrainian intelligence", "Yonhap"],
      },
    ],
  );
  return [first, echo];
}

export function sameStoryRewrite(): FixtureDoc[] {
  const a = makeDoc(
    "rewrite-a",
    { outlet: "Pacific Ledger", published: "2025-03-02" },
    [
      "In a move watched closely in Seoul, the North has reinforced its contingent.",
      "North Korea has sent 3,000 more troops to Russia so far this year, the paper learned.",
    ],
    [
      {
        text: "North Korea has sent 3,000 more troops to Russia so far this year, the paper learned.",
        figure: "3,000",
        quantity: 3000,
        subject: "troops",
        time: "2025",
      },
    ],
  );
  const b = makeDoc(
    "rewrite-b",
    { outlet: "Baltic Herald", published: "2025-03-04" },
    [
      "Different framing, different paragraphs, but the core figure travels.",
      "North Korea has sent 3,000 more troops to Russia so far this year, observers said on Tuesday.",
    ],
    [
      {
        text: "North Korea has sent 3,000 more troops to Russia so far this year, observers said on Tuesday.",
        figure: "3,000",
        quantity: 3000,
        subject: "troops",
        time: "2025",
      },
    ],
  );
  return [a, b];
}

export function allFixtures(): FixtureDoc[] {
  return [
    ...syndicatedStory(),
    ...independentWorkers(),
    ...troopConflict(),
    ...plansAndDispatches(),
    ...circularStory(),
    ...sameStoryRewrite(),
  ];
}
