// Who the Russian text names as the source of each figure (frames in ru/attribution.ts).
import { attachAttributionWith } from "../../common/attachAttribution.ts";
import { findSourcesRu } from "../attribution.ts";

export const attachAttribution = attachAttributionWith("ru.attachAttribution", findSourcesRu);
