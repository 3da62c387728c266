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

/** One schema violation as Ajv reports it (the fields this file reads). */
interface SchemaProblem {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A date the API accepts: a year, a month or a day. */
const DATE_PATTERN = /\\d\{4\}/;

/**
 * A schema violation in words a person can act on: `from must be a date such as 2024, 2024-06 or
 * 2024-06-17` rather than `querystring/from must match pattern "^\d{4}…"`.
 */
export function describeSchemaProblem(p: SchemaProblem): string {
  const field = p.instancePath.replace(/^\//, "").replaceAll("/", ".") || "the request";
  switch (p.keyword) {
    case "pattern":
      return DATE_PATTERN.test(String(p.params.pattern ?? ""))
        ? `${field} must be a date such as 2024, 2024-06 or 2024-06-17`
        : `${field} is not in the expected form`;
    case "enum":
      return `${field} must be one of: ${(p.params.allowedValues as unknown[] | undefined)?.join(", ") ?? "the listed values"}`;
    case "required":
      return `${String(p.params.missingProperty)} is required`;
    case "additionalProperties":
      return `unknown parameter ${String(p.params.additionalProperty)}`;
    case "type":
      return `${field} must be ${p.params.type === "integer" ? "a whole number" : `a ${String(p.params.type)}`}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${field} ${p.message ?? "is out of range"}`;
    case "minLength":
      return Number(p.params.limit) <= 1 ? `${field} must not be empty` : `${field} is too short`;
    case "maxLength":
      return `${field} is too long (at most ${String(p.params.limit)} characters)`;
    default:
      return `${field} ${p.message ?? "is not valid"}`;
  }
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
    if (err.validation?.length) {
      const problems = [...new Set((err.validation as SchemaProblem[]).map(describeSchemaProblem))];
      return reply.status(400).send(errorBody(400, problems.join("; "), problems));
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
