// placeholder, filled below
import type { Configuration } from "../configuration.ts";
import { RUSSIAN } from "../ru/config.ts";
export const KOREAN: Configuration = { ...RUSSIAN, lang: "ko" };
