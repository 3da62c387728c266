// The time each Korean figure refers to: a stated period (times.ts); "매년" (every year) none;
// tallies of losses and dispatches run up to the publication date; plans and the present take it.
import { setEach } from "../../../context.ts";
import { findTimeKo } from "../times.ts";

export const attachTime = setEach("ko.attachTime", (ctx, c) => {
  const pub = ctx.doc.published;
  const s = c.sentence.text;
  const stated = findTimeKo(s, pub);
  if (stated) c.time = stated;
  else if (/매년|해마다|매달|통상/u.test(s) || !pub) c.time = null;
  else if (c.event === "casualties" || c.event === "deployment_reported") c.time = `../${pub}`;
  else c.time = pub;
  ctx.debug("ko.attachTime", "set", c, c.time ?? "none");
});
