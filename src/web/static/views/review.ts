// Review controls shared by the claim and document views: the claim's review state, its corrected
// values with the extracted ones struck through, Accept / Reject / Correct for analysts (posted with
// the CSRF header by lib/api.js), and the claim's review history (its audit trail).
import { h, replaceChildren, type Child } from "../lib/dom.ts";
import { ApiError, getJson, postJson } from "../lib/api.ts";
import { can, current } from "../lib/session.ts";
import { formatFigure, formatSource, formatTerm } from "../lib/format.ts";
import { CORRECTION_FIELDS, correctionFrom, describeReview, quantityText } from "../lib/review-form.ts";
import { subjectLabel, vocabulary } from "../vocab.ts";
import type { ApiClaim, Claim, Review } from "../lib/api-types.ts";

/** What POST /api/claims/:id/reviews takes. */
interface ReviewBody {
  decision: "accept" | "reject" | "correct";
  note?: string;
  correction?: Record<string, unknown>;
}

/**
 * After a view re-renders with a new review: announce it and put keyboard focus on the panel's
 * heading, so a keyboard or screen-reader user is not dropped at the top of the page.
 */
export function focusReviewPanel(root: ParentNode, message: string): void {
  const panel = root.querySelector(".review-panel");
  if (!panel) return;
  const status = panel.querySelector("[role=status]");
  if (status) status.textContent = message;
  const heading = panel.querySelector("h2");
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: false });
}

/** A small label with the latest decision, e.g. "Corrected by ana on 2026-11-23". */
export function reviewBadge(claim: ApiClaim): HTMLElement {
  const decision = claim.review ? claim.review.decision : "none";
  return h("span", { class: ["review-badge", `decision-${decision}`] }, describeReview(claim.review));
}

/**
 * A field's value as shown: the corrected value with the extracted one struck through beside it
 * when a correction changed it, else just the value.
 */
export function shownValue(
  claim: ApiClaim,
  field: keyof Claim,
  format: (value: unknown, claim: Claim) => string = (v) =>
    v === null || v === undefined || v === "" ? "—" : String(v),
): Child {
  const value = format(claim[field], claim);
  if (!claim.original) return value;
  const before = format(claim.original[field], claim.original);
  if (before === value) return value;
  return h(
    "span",
    { class: "corrected" },
    h("ins", { title: "corrected value" }, value),
    " ",
    h("del", { title: "as extracted" }, before),
  );
}

/** The source: a corrected source replaces the chain (which named the old one). */
export function shownSource(claim: ApiClaim): Child {
  const changed = claim.original && claim.original.attributedTo !== claim.attributedTo;
  return shownValue(claim, "attributedTo", (_v, c) =>
    changed && c === claim ? claim.attributedTo || "—" : formatSource(c),
  );
}

/** The figure with its qualifier, corrected or not. */
export function shownFigure(claim: ApiClaim): Child {
  const figure = (c: Claim) => formatFigure(c.quantity, c.qualifier);
  if (!claim.original) return figure(claim);
  const before = figure(claim.original);
  const after = figure(claim);
  return after === before
    ? after
    : h(
        "span",
        { class: "corrected" },
        h("ins", { title: "corrected value" }, after),
        " ",
        h("del", { title: "as extracted" }, before),
      );
}

/**
 * The panel for `claim` (with `review` and `original`, from the API). `onReviewed` runs after a
 * review is stored; `showClaim` names the claim and links to its own view (for the document view's
 * side panel).
 */
export function reviewPanel(
  claim: ApiClaim,
  { onReviewed, showClaim = false }: { onReviewed: () => void | Promise<void>; showClaim?: boolean },
): HTMLElement {
  const status = h("p", { class: "review-status", role: "status" });
  const errors = h("div", { class: "review-errors", role: "alert" });
  const history = h("ol", { class: "review-history", "aria-busy": "true" }, h("li", {}, "Loading…"));
  const session = current();
  const mayReview = can("review");

  const showError = (err: unknown) => {
    const problems = err instanceof ApiError ? err.problems : [];
    replaceChildren(
      errors,
      h("p", { class: "error" }, (err instanceof Error && err.message) || String(err)),
      problems.length
        ? h(
            "ul",
            { class: "error" },
            problems.map((p) => h("li", {}, p)),
          )
        : null,
    );
  };

  const send = async (body: ReviewBody, button: HTMLButtonElement | null) => {
    replaceChildren(errors);
    status.textContent = "Saving…";
    if (button) button.disabled = true;
    try {
      await postJson(`/api/claims/${claim.id}/reviews`, body);
      status.textContent = "Saved.";
      onReviewed();
    } catch (err) {
      status.textContent = "";
      showError(err);
    } finally {
      if (button) button.disabled = false;
    }
  };

  const note = h("input", { id: `review-note-${claim.id}`, name: "note", type: "text", maxlength: 2000 });
  const form = correctionForm(
    claim,
    (body: ReviewBody, button: HTMLButtonElement | null) => send(body, button),
    () => {
      form.hidden = true;
      correctButton.setAttribute("aria-expanded", "false");
      correctButton.focus();
    },
  );
  form.hidden = true;
  const correctButton = h(
    "button",
    {
      type: "button",
      class: "secondary",
      "aria-expanded": "false",
      "aria-controls": form.id,
      on: {
        click: () => {
          form.hidden = !form.hidden;
          correctButton.setAttribute("aria-expanded", String(!form.hidden));
          if (!form.hidden) form.querySelector<HTMLElement>("input, select")?.focus();
        },
      },
    },
    "Correct…",
  );
  const decide = (decision: "accept" | "reject") =>
    h(
      "button",
      {
        type: "button",
        class: `decide-${decision}`,
        on: {
          click: (event) =>
            send(
              { decision, note: note.value.trim() || undefined },
              event.currentTarget as HTMLButtonElement,
            ),
        },
      },
      decision === "accept" ? "Accept" : "Reject",
    );

  const controls = mayReview
    ? h(
        "div",
        { class: "review-controls" },
        h("div", { class: "field" }, h("label", { for: note.id }, "Note (optional)"), note),
        h("div", { class: "review-buttons" }, decide("accept"), decide("reject"), correctButton),
        form,
      )
    : h(
        "p",
        { class: "meta" },
        session.readOnly
          ? "This server is read-only: reviews are switched off."
          : session.user
            ? `As a ${session.user.role} you can read reviews but not add them.`
            : h(
                "span",
                {},
                h("a", { href: `#/login?next=${encodeURIComponent(location.hash)}` }, "Sign in"),
                " as an analyst to review this claim.",
              ),
      );

  loadHistory(claim.id, history);
  return h(
    "section",
    { class: "review-panel", "aria-label": `Review of claim ${claim.id}` },
    h(
      "h2",
      {},
      showClaim
        ? `Review: ${formatFigure(claim.quantity, claim.qualifier)} ${formatTerm(claim.subject)}`
        : "Review",
    ),
    showClaim
      ? h("p", { class: "meta" }, h("a", { href: `#/claims/${claim.id}` }, `Open claim ${claim.id}`))
      : null,
    h("p", {}, reviewBadge(claim)),
    claim.review && claim.review.note ? h("p", { class: "review-note" }, "Note: ", claim.review.note) : null,
    controls,
    status,
    errors,
    h("h3", {}, "Audit trail"),
    history,
  );
}

async function loadHistory(claimId: number, list: HTMLElement): Promise<void> {
  try {
    const { items } = await getJson<{ items: Review[] }>(`/api/claims/${claimId}/reviews`);
    list.setAttribute("aria-busy", "false");
    replaceChildren(
      list,
      items.length === 0
        ? h("li", { class: "empty" }, "No reviews yet.")
        : items
            .slice()
            .reverse()
            .map((r) =>
              h(
                "li",
                {},
                h("time", { datetime: r.createdAt }, r.createdAt.replace("T", " ").slice(0, 16)),
                " ",
                h("strong", {}, r.author),
                ` ${r.decision === "correct" ? "corrected" : r.decision === "accept" ? "accepted" : "rejected"} the claim`,
                r.correction ? h("span", { class: "meta" }, ` (${describeCorrection(r.correction)})`) : null,
                r.note ? h("span", { class: "meta" }, ` — ${r.note}`) : null,
              ),
            ),
    );
  } catch (err) {
    list.setAttribute("aria-busy", "false");
    replaceChildren(
      list,
      h(
        "li",
        { class: "error" },
        `Could not load the history: ${err instanceof Error ? err.message : String(err)}`,
      ),
    );
  }
}

function describeCorrection(correction: Record<string, unknown>): string {
  return Object.entries(correction)
    .map(
      ([k, v]) =>
        `${k === "attributedTo" ? "source" : k}: ${Array.isArray(v) ? quantityText(v) : v === null ? "none" : String(v)}`,
    )
    .join(", ");
}

function correctionForm(
  claim: ApiClaim,
  submit: (body: ReviewBody, button: HTMLButtonElement | null) => void,
  cancel: () => void,
): HTMLFormElement {
  const id = (name: string) => `correct-${claim.id}-${name}`;
  const text = (name: string, value: string | null, extra: Record<string, unknown> = {}) =>
    h("input", { id: id(name), name, type: "text", value: value ?? "", maxlength: 200, ...extra });
  const select = (
    name: string,
    options: readonly string[],
    value: string,
    label: (option: string) => string = formatTerm,
  ) =>
    h(
      "select",
      { id: id(name), name },
      options.map((o) => h("option", { value: o, selected: o === value }, label(o))),
    );
  const inputs: Record<string, HTMLInputElement | HTMLSelectElement> = {
    quantity: text("quantity", quantityText(claim.quantity), { inputmode: "decimal", required: true }),
    qualifier: select("qualifier", vocabulary().qualifiers, claim.qualifier),
    unit: text("unit", claim.unit, { required: true }),
    subject: select(
      "subject",
      vocabulary().subjects.map((s) => s.id),
      claim.subject,
      subjectLabel,
    ),
    event: select("event", vocabulary().events, claim.event),
    destination: text("destination", claim.destination),
    source: text("source", claim.attributedTo),
    time: text("time", claim.time, { placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
  };
  const labels: Record<string, string> = {
    quantity: "Quantity (e.g. 12000 or 1000–1500)",
    qualifier: "Qualifier",
    unit: "Unit",
    subject: "Subject",
    event: "Event",
    destination: "Destination",
    source: "Source",
    time: "Time",
  };
  const note = h("input", { id: id("note"), name: "note", type: "text", maxlength: 2000 });
  const problems = h("ul", { class: "error", role: "alert" });
  const form = h(
    "form",
    {
      id: `correct-form-${claim.id}`,
      class: "correction-form",
      "aria-label": "Correct this claim",
      on: {
        submit: (event) => {
          event.preventDefault();
          const values = Object.fromEntries(CORRECTION_FIELDS.map(([name]) => [name, inputs[name].value]));
          // Diffed against the extracted claim: the latest correction replaces earlier ones, so it
          // must carry every field that differs, not only the one just edited.
          const { correction, problems: found } = correctionFrom(values, claim.original ?? claim);
          replaceChildren(
            problems,
            found.map((p) => h("li", {}, p)),
          );
          if (found.length) return;
          submit(
            { decision: "correct", correction, note: note.value.trim() || undefined },
            form.querySelector<HTMLButtonElement>("button[type=submit]"),
          );
        },
      },
    },
    CORRECTION_FIELDS.map(([name]) =>
      h("div", { class: "field" }, h("label", { for: id(name) }, labels[name]), inputs[name]),
    ),
    h("div", { class: "field wide" }, h("label", { for: id("note") }, "Note (why)"), note),
    problems,
    h(
      "div",
      { class: "review-buttons" },
      h("button", { type: "submit" }, "Save correction"),
      h("button", { type: "button", class: "secondary", on: { click: cancel } }, "Cancel"),
    ),
  );
  return form;
}
