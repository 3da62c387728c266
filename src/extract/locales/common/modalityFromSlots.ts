// Modality from the slots already filled, for locales: planned flows are planned, a named source
// makes a figure reported, otherwise the article asserts it.
import { setEach } from "../../context.ts";

export const modalityFromSlots = setEach("modalityFromSlots", (_ctx, c) => {
  c.modality = c.event === "deployment_planned" ? "planned" : c.attributedTo ? "reported" : "asserted";
});
