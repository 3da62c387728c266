// The entity registry: gazetteer entities by id, by type and by list identifier.
import { IDENTIFIER_LISTS, type Entity, type EntityType } from "../../types.ts";
import { loadGazetteer } from "./gazetteer.ts";

export { IDENTIFIER_LISTS };

export class EntityRegistry {
  readonly entities: readonly Entity[];
  private readonly byId = new Map<string, Entity>();
  private readonly byListRecord = new Map<string, Entity[]>();
  /** Lazily built matchers (see mentions.ts) hang off the registry so they are built once. */
  readonly cache = new Map<string, unknown>();

  constructor(entities: Iterable<Entity>) {
    this.entities = [...entities];
    for (const e of this.entities) {
      if (this.byId.has(e.id)) throw new Error(`entity registry: duplicate id ${e.id}`);
      this.byId.set(e.id, e);
      for (const [key, value] of Object.entries(e.identifiers)) {
        const listId = IDENTIFIER_LISTS[key];
        if (!listId) continue;
        const k = `${listId}|${value}`;
        this.byListRecord.set(k, [...(this.byListRecord.get(k) ?? []), e]);
      }
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  list(type?: EntityType): Entity[] {
    return type ? this.entities.filter((e) => e.type === type) : [...this.entities];
  }

  /** Gazetteer entities whose identifiers point at a sanctions list record. */
  linkedTo(listId: string, sourceId: string): Entity[] {
    return this.byListRecord.get(`${listId}|${sourceId}`) ?? [];
  }
}

let defaultRegistry: EntityRegistry | null = null;

/** The registry seeded from `data/gazetteer`, loaded once per process. */
export function loadRegistry(): EntityRegistry {
  defaultRegistry ??= new EntityRegistry(loadGazetteer());
  return defaultRegistry;
}
