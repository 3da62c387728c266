// Locale dispatch: a document is extracted by the configuration of its language (language.ts).
// Adding a language is adding locales/<lang>/ and one line here.
import type { Reference } from "../../reference/index.ts";
import type { Lang } from "../language.ts";
import type { Configuration } from "./configuration.ts";
import { englishConfiguration } from "./en/config.ts";
import { koreanConfiguration } from "./ko/config.ts";
import { russianConfiguration } from "./ru/config.ts";

const LOCALES: Record<Lang, (reference: Reference) => Configuration> = {
  en: englishConfiguration,
  ru: russianConfiguration,
  ko: koreanConfiguration,
};

/** The configuration that reads documents in `lang`. */
export function localeFor(lang: Lang, reference: Reference): Configuration {
  return LOCALES[lang](reference);
}
export type { Configuration } from "./configuration.ts";
