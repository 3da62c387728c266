// The data services the routes read through, decorated on the app as `app.services`: a route is a
// schema plus a call here. Each service owns its caching (per store and data version).
import type { FastifyInstance } from "fastify";
import type { PlacesQuery, PlacesReport } from "../../assess/place-summary.ts";
import type { EstimatesData } from "./estimates.ts";
import { servedEstimates, stopEstimatesWorker } from "./served-estimates.ts";
import { cachedPlacesReport, loadGazetteer } from "./places.ts";

export interface Services {
  /** The assessed snapshot behind /api/series, /api/findings and /api/network (see served-estimates.ts). */
  estimates(): Promise<EstimatesData>;
  /** Claim counts and figures per map place (see places.ts). */
  places(query: PlacesQuery): Promise<PlacesReport>;
}

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

export function installServices(app: FastifyInstance): void {
  const gaz = loadGazetteer(app.reference); // the server's reference data, read once at start
  app.decorate("services", {
    estimates: () => servedEstimates(app, app.dbLocation),
    places: (query) => cachedPlacesReport(app.store, query, gaz),
  } satisfies Services);
  app.addHook("onClose", () => stopEstimatesWorker(app));
}
