// Sign-in (#/login?next=<hash>): a plain form; the server sets the HttpOnly session cookie.
import { h, replaceChildren } from "../lib/dom.ts";
import { current, signIn } from "../lib/session.ts";
import type { Route } from "../lib/view.ts";

export const title = "Sign in";

/** Why a page sent the visitor here, by the view it was going to. */
const WHY: Record<string, string> = {
  audit: "The audit log is for administrators: sign in with an admin account to see who did what.",
  review: "Reviewing claims needs an analyst account.",
};

/** A sentence saying why signing in is needed to see `next`, or a general one. */
function reason(next: string): string {
  const view = /^#\/([a-z]+)/.exec(next)?.[1] ?? "";
  return WHY[view] ?? "This server does not show its data to anonymous visitors: sign in to continue.";
}

/** Only an in-app hash is a valid place to go back to. */
function nextHash(route: Route): string {
  const next = route.params.get("next") ?? "";
  return next.startsWith("#/") && !next.startsWith("#/login") ? next : "#/claims";
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const session = current();
  if (session.user) {
    replaceChildren(
      main,
      h("h1", { tabindex: "-1" }, "Signed in"),
      h(
        "p",
        {},
        `You are signed in as ${session.user.username} (${session.user.role}). `,
        h("a", { href: nextHash(route) }, "Continue"),
      ),
    );
    return;
  }
  const message = h("div", { role: "alert", class: "error" });
  const username = h("input", {
    id: "login-username",
    name: "username",
    type: "text",
    autocomplete: "username",
    required: true,
    maxlength: 100,
    autocapitalize: "none",
    spellcheck: "false",
  });
  const password = h("input", {
    id: "login-password",
    name: "password",
    type: "password",
    autocomplete: "current-password",
    required: true,
    maxlength: 1000,
  });
  const button = h("button", { type: "submit" }, "Sign in");
  const form = h(
    "form",
    {
      class: "login-form",
      "aria-labelledby": "login-title",
      on: {
        submit: async (event) => {
          event.preventDefault();
          button.disabled = true;
          replaceChildren(message);
          const error = await signIn(username.value.trim(), password.value).catch((err: unknown) =>
            err instanceof Error ? err.message : String(err),
          );
          button.disabled = false;
          if (error) {
            replaceChildren(message, h("p", {}, error));
            password.value = "";
            password.focus();
            return;
          }
          location.hash = nextHash(route);
        },
      },
    },
    h("div", { class: "field" }, h("label", { for: username.id }, "Username"), username),
    h("div", { class: "field" }, h("label", { for: password.id }, "Password"), password),
    message,
    button,
  );
  replaceChildren(
    main,
    h("h1", { id: "login-title", tabindex: "-1" }, "Sign in"),
    route.params.get("next") ? h("p", { class: "meta login-why" }, reason(nextHash(route))) : null,
    session.hasAccounts
      ? null
      : h(
          "p",
          { class: "notice" },
          "No accounts exist yet. Create the first one on the server with ",
          h("code", {}, "./bin/flowwatch users add admin --role admin"),
          " (or ",
          h("code", {}, "npx flowwatch users add admin --role admin"),
          ")",
          ".",
        ),
    form,
  );
  username.focus();
}
