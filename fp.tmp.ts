import { findPlaces } from "./src/extract/index.ts";
for (const s of process.argv.slice(2)) console.log(JSON.stringify(findPlaces(s)));
