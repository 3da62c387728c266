// The role of a name token (its own file so that weights and normalisation do not import each other).
export type TokenRole = "family" | "given" | "initial" | "particle" | "number" | "patronymic" | "name";
