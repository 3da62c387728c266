// A token trie over every alias in the registry: one walk over the text's tokens finds all
// aliases, the longest one winning where they overlap.
import type { Entity } from "../../types.ts";
import { aliasKeyVariants, strippedForms, tokenize, type Token } from "./tokens.ts";

interface Terminal {
  entity: Entity;
  alias: string;
  /** For short capitalised acronyms (NIS, GUR, AP): the tokens as written, matched case-sensitively. */
  exact?: string[];
}

interface Node {
  children: Map<string, Node>;
  terminals: Terminal[];
}

export interface AliasMatch {
  start: number;
  end: number;
  text: string;
  entity: Entity;
  alias: string;
}

const newNode = (): Node => ({ children: new Map(), terminals: [] });

function isAcronym(alias: string): boolean {
  return alias.length <= 4 && /^[\p{Lu}\p{N}.&-]+$/u.test(alias);
}

export class AliasTrie {
  private readonly root = newNode();
  size = 0;

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      for (const alias of [entity.name, ...entity.aliases]) this.add(entity, alias);
    }
  }

  private add(entity: Entity, alias: string): void {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    // Each token may be filed under several keys (Cyrillic stems), so an alias can end at several nodes.
    let nodes = [this.root];
    for (const t of tokens) {
      const next: Node[] = [];
      for (const node of nodes) {
        for (const key of aliasKeyVariants(t.key)) {
          let child = node.children.get(key);
          if (!child) node.children.set(key, (child = newNode()));
          if (!next.includes(child)) next.push(child);
        }
      }
      nodes = next;
    }
    const exact = isAcronym(alias) ? { exact: tokens.map((t) => t.raw) } : {};
    for (const node of nodes) {
      if (node.terminals.some((x) => x.entity.id === entity.id)) continue;
      node.terminals.push({ entity, alias, ...exact });
    }
    this.size++;
  }

  /** All non-overlapping alias occurrences in `text`, longest match first, left to right. */
  find(text: string): AliasMatch[] {
    const tokens = tokenize(text);
    const out: AliasMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i);
      if (best) {
        out.push({
          start: best.start,
          end: best.end,
          text: text.slice(best.start, best.end),
          entity: best.terminal.entity,
          alias: best.terminal.alias,
        });
        i = best.next;
      } else i++;
    }
    return out;
  }

  private longestAt(tokens: Token[], from: number) {
    type Best = { start: number; end: number; next: number; terminal: Terminal };
    let best: Best | null = null;
    const accept = (n: Node, j: number, end: number) => {
      const terminal = n.terminals.find(
        (t) => !t.exact || t.exact.every((raw, k) => tokens[from + k]?.raw === raw),
      );
      if (terminal && (!best || end > best.end))
        best = { start: tokens[from].start, end, next: j + 1, terminal };
    };
    const walk = (node: Node, j: number): void => {
      if (j >= tokens.length) return;
      // Tokens of one name are separated by at most a little punctuation and space.
      if (j > from && tokens[j].start - tokens[j - 1].end > 3) return;
      const token = tokens[j];
      const exact = node.children.get(token.key);
      if (exact) {
        accept(exact, j, token.end);
        walk(exact, j + 1);
      }
      for (const form of strippedForms(token.key)) {
        const child = node.children.get(form.key);
        if (!child || child === exact) continue;
        if (form.kind === "particle") accept(child, j, token.end - form.cut);
        else {
          accept(child, j, token.end);
          walk(child, j + 1);
        }
      }
    };
    walk(this.root, from);
    return best as Best | null;
  }
}
