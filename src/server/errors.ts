// Every error leaves the server as JSON `{ error, message, statusCode }`.
import type { FastifyError, FastifyInstance } from "fastify";
import { STATUS_CODES } from "node:http";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Every problem found, for a 400 that has more than one. */
    readonly problems?: string[],
    /** Seconds to send as Retry-After (a 503 while something is being prepared). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = (message: string) => new HttpError(404, message);
export const badRequest = (message: string, problems?: string[]) => new HttpError(400, message, problems);

export function errorBody(statusCode: number, message: string, problems?: string[]) {
  return {
    error: STATUS_CODES[statusCode] ?? "Error",
    message,
    statusCode,
    ...(problems ? { problems } : {}),
  };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const statusCode = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (statusCode >= 500 && !(err instanceof HttpError)) {
      req.log.error({ err }, "request failed");
      // Internal details (SQL, paths) stay in the log.
      return reply
        .status(statusCode)
        .send(errorBody(statusCode, `internal error; see the server log (request ${req.id})`));
    }
    const problems = err instanceof HttpError ? err.problems : undefined;
    if (err instanceof HttpError && err.retryAfter) reply.header("retry-after", String(err.retryAfter));
    return reply.status(statusCode).send(errorBody(statusCode, err.message, problems));
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0];
    reply.status(404).send(errorBody(404, `no route ${req.method} ${path}`));
  });
}
