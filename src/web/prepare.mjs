// `npm prepare` (run by `npm ci` / `npm install`): builds the dashboard with Vite into src/web/dist/.
// A production install without dev dependencies has no Vite: that is said plainly and the server
// serves src/web/static/ instead. With Vite present, a failed build fails the install, loudly.
import { fileURLToPath } from "node:url";

let vite;
try {
  vite = await import("vite");
} catch (err) {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && /'vite'/.test(String(err.message))) {
    console.warn(
      "flowwatch: Vite is not installed (production install?); the dashboard will be served unbuilt from src/web/static/.",
    );
    process.exit(0);
  }
  throw err;
}
process.chdir(fileURLToPath(new URL("../../", import.meta.url)));
try {
  await vite.build({ configFile: "vite.config.ts" });
} catch (err) {
  console.error(
    `flowwatch: the dashboard build (vite build) FAILED: ${err && err.message ? err.message : err}`,
  );
  process.exit(1);
}
console.log("flowwatch: dashboard built into src/web/dist/");
