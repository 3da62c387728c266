import { extractClaimsDebug } from "./src/extract/index.ts";
const r = extractClaimsDebug({ id: "t", text: process.argv[2], published: "2025-02-09" });
for (const c of r.claims) console.log(c.quantity, c.subject, c.event, c.destination, c.attributedTo, c.time);
for (const e of r.trace) if (e.action !== "kept") console.log(" ", e.step, e.action, e.figure, e.detail);
