// What every view module exports: a title and a render function the router hands <main> to.
import type { Route } from "./route.ts";

export type { Route };

export interface ViewContext {
  /** Aborted when the visitor moves to another route before this one finished loading. */
  signal: AbortSignal;
}

export interface View {
  title: string;
  render(main: HTMLElement, route: Route, context: ViewContext): Promise<void>;
}
