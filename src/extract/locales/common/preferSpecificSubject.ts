// One number, two wordings: a headline's "5,000 builders" and the body's "5,000 military builders"
// are the same people. When a document counts the same figure as construction workers and as a
// more specific group, the generic reading goes.
import type { Candidate, Refiner } from "../../context.ts";
import type { Subject } from "../../../types.ts";

const GENERIC_OF: Partial<Record<Subject, Subject[]>> = {
  construction_workers: ["military_builders"],
  workers: ["construction_workers", "it_workers", "military_builders"],
  nationals: ["workers", "construction_workers", "it_workers"],
  troops: ["deminers", "military_builders", "casualties"],
};
const v = (c: Candidate) => JSON.stringify(c.figure.value);

export const preferSpecificSubject: Refiner = {
  name: "preferSpecificSubject",
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      const specific = GENERIC_OF[c.subject];
      const other = specific && candidates.find((o) => specific.includes(o.subject) && v(o) === v(c));
      if (other) ctx.debug("preferSpecificSubject", "dropped", c, `also counted as ${other.subject}`);
      return !other;
    });
  },
};
