// Where the read-only `../shared` inputs live: beside the repository root, found from this file
// (not from the working directory), so tests run the same from any folder.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SHARED = path.resolve(REPO_ROOT, "../shared");
