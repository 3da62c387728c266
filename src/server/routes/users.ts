// GET /api/users and POST /api/users (admins): accounts and their roles. Creating one is audited.
import type { FastifyPluginAsync } from "fastify";
import { ROLES, type Role } from "../../auth/roles.ts";
import { errorResponses } from "../schemas.ts";
import { badRequest, HttpError } from "../errors.ts";

const listSchema = {
  summary: "Every account with its role (admin)",
  tags: ["users"],
  response: {
    200: {
      type: "object",
      required: ["items"],
      properties: { items: { type: "array", items: { $ref: "User#" } } },
    },
    ...errorResponses,
  },
} as const;

const createSchema = {
  summary: "Create an account (admin); the password must have at least 12 characters and not be a common one",
  tags: ["users"],
  body: {
    type: "object",
    required: ["username", "password", "role"],
    additionalProperties: false,
    properties: {
      username: { type: "string", minLength: 1, maxLength: 100 },
      password: { type: "string", minLength: 1, maxLength: 1000 },
      role: { type: "string", enum: [...ROLES] },
    },
  },
  response: { 201: { $ref: "User#" }, 409: { $ref: "Error#" }, ...errorResponses },
} as const;

export const userRoutes: FastifyPluginAsync = async (app) => {
  app.get("", { schema: listSchema, config: { permission: "admin" } }, async () => ({
    items: await app.store.accounts.listUsers(),
  }));

  app.post<{ Body: { username: string; password: string; role: Role } }>(
    "",
    { schema: createSchema, config: { permission: "admin" } },
    async (req, reply) => {
      const { username, password, role } = req.body;
      if (await app.store.accounts.getUser(username))
        throw new HttpError(409, `user "${username}" already exists`);
      let user;
      try {
        user = await app.store.accounts.createUser(username, password, role);
      } catch (err) {
        // createUser's messages name the rule that was broken (username pattern, password policy).
        throw badRequest((err as Error).message);
      }
      await app.store.audit.append({
        actor: req.user!.username,
        action: "user.create",
        targetType: "user",
        targetId: username,
        detail: { role },
      });
      return reply.status(201).send(user);
    },
  );
};
