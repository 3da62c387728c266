// Where the counted people or goods go or are, from Russian place names (see common/destinations).
import { attachDestinationWith } from "../../common/destinations.ts";
import { findPlacesRu } from "../places.ts";

export const attachDestination = attachDestinationWith(
  "ru.attachDestination",
  findPlacesRu,
  /за\s+рубеж|за\s+границ|в\s+разных\s+странах|в\s+других\s+странах/iu,
  /вернул|возвращ|покинул|выведен|вывели|на\s+родину/iu,
);
