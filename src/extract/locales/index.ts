// Locale dispatch: a document is extracted by the configuration of its language (language.ts);
// English stays with the extractor in ../extractor.ts.
import type { Lang } from "../language.ts";
import type { Configuration } from "./configuration.ts";
import { KOREAN } from "./ko/config.ts";
import { RUSSIAN } from "./ru/config.ts";

export const LOCALES: Partial<Record<Lang, Configuration>> = { ru: RUSSIAN, ko: KOREAN };
export { runLocale } from "./run.ts";
export type { Configuration } from "./configuration.ts";
