// Where the counted people or goods go or are, from Korean place names (see common/destinations).
import { attachDestinationWith } from "../../common/destinations.ts";
import { findPlacesKo } from "../places.ts";

export const attachDestination = attachDestinationWith(
  "ko.attachDestination",
  findPlacesKo,
  /해외|국외|세계\s?각국|여러\s?나라/u,
  /귀국|복귀|철수|송환/u,
);
