// GET /api/users and POST /api/users (admins): accounts and their roles. Creating one is audited.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
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
  body: Type.Object(
    {
      username: Type.String({ minLength: 1, maxLength: 100 }),
      password: Type.String({ minLength: 1, maxLength: 1000 }),
      role: Type.Unsafe<Role>({ type: "string", enum: [...ROLES] }),
    },
    { additionalProperties: false },
  ),
  response: { 201: { $ref: "User#" }, 409: { $ref: "Error#" }, ...errorResponses },
};

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get("", { schema: listSchema, config: { permission: "admin" } }, async () => ({
    items: await app.store.accounts.listUsers(),
  }));

  app.post("", { schema: createSchema, config: { permission: "admin" } }, async (req, reply) => {
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
  });
};
