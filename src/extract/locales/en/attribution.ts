// Attribution parser: see attribution/index.ts (one file per frame).
export {
  cleanSourceName,
  ENGLISH_ATTRIBUTION_FRAMES,
  findAttributions,
  type Attribution,
  type AttributionFrame,
} from "./attribution/index.ts";
