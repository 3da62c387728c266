// The only way the dashboard builds DOM. Data (article text, names, snippets) always goes in as
// text nodes; nothing here (or anywhere in the dashboard) assigns innerHTML.

/** A child: nodes as they are, strings and numbers as text, null/undefined/false skipped, arrays flattened. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attribute values; `on` maps event names to listeners, `class` may be a list. */
export type Attrs = Record<string, unknown> & {
  on?: Record<string, (event: Event) => void>;
};

/**
 * h("a", { href: "#/x", class: "c", on: { click: fn } }, "text", childNode, [more])
 * Strings and numbers become text nodes; null/undefined/false are skipped.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [event, handler] of Object.entries(value as Record<string, EventListener>))
        el.addEventListener(event, handler);
    } else if (key === "class") {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : String(value);
    } else if (key === "value" || key === "checked" || key === "selected") {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays allowed) as nodes; strings become text nodes. */
export function append<T extends ParentNode>(parent: T, children: readonly Child[]): T {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `el`. */
export function replaceChildren<T extends ParentNode>(el: T, ...children: Child[]): T {
  el.replaceChildren();
  return append(el, children);
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A labelled <select> whose first choice is "All" (empty value); `options` are [value, text] pairs. */
export function selectField(
  id: string,
  name: string,
  label: string,
  value: string | null,
  options: ReadonlyArray<readonly [string, string]>,
): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, name },
      h("option", { value: "" }, "All"),
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
    ),
  );
}

/** The fields of the form an event (submit, change) came from. */
export function formData(event: Event): FormData {
  const form =
    event.currentTarget instanceof HTMLFormElement
      ? event.currentTarget
      : (event.target as HTMLElement | null)?.closest("form");
  if (!form) throw new Error("the event did not come from a form");
  return new FormData(form);
}
