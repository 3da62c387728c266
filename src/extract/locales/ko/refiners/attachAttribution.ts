// Who the Korean text names as the source of each figure (see ../attribution.ts).
import { attachAttributionWith } from "../../common/attachAttribution.ts";
import { findSourcesKo } from "../attribution.ts";

export const attachAttribution = attachAttributionWith("ko.attachAttribution", findSourcesKo);
