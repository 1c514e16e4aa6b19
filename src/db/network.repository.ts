// The network as a graph: every active person with their organisation, who introduced them,
// whether I know them and how many conversations we held. Read in three flat queries, so 5,000
// people cost three index scans rather than one subquery per person.
import { fullName, nameKey } from "../core/contact.js";
import { HELD } from "../core/stages.js";
import { Repository } from "./repository.js";

export interface NetworkRow {
  id: string;
  name: string;
  organizationId: string | null;
  organization: string | null;
  introducedById: string | null;
  /** Conversations held with them. */
  conversations: number;
  /** Met, or a relationship beyond "not met yet". */
  known: boolean;
}

export interface NetworkFilter {
  goalId?: string | undefined;
  organizationId?: string | undefined;
  tag?: string | undefined;
}

export class NetworkRepository extends Repository {
  /** The people of my network (archived ones left out) who pass the filter, by name. */
  async people(filter: NetworkFilter = {}): Promise<NetworkRow[]> {
    let query = this.db
      .selectFrom("contacts as c")
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .select([
        "c.id",
        "c.first_name",
        "c.last_name",
        "c.organization_id",
        "o.name as organization",
        "c.introduced_by_id",
        "c.relationship_strength",
      ])
      .where("c.archived_at", "is", null);
    if (filter.organizationId) query = query.where("c.organization_id", "=", filter.organizationId);
    if (filter.goalId) {
      const goalId = filter.goalId;
      query = query.where("c.id", "in", (eb) =>
        eb
          .selectFrom("conversations as v")
          .innerJoin("conversation_goals as g", "g.conversation_id", "v.id")
          .select("v.contact_id")
          .where("g.goal_id", "=", goalId),
      );
    }
    if (filter.tag) {
      const tagKey = nameKey(filter.tag);
      query = query.where("c.id", "in", (eb) =>
        eb
          .selectFrom("contact_tags as ct")
          .innerJoin("tags as t", "t.id", "ct.tag_id")
          .select("ct.contact_id")
          .where("t.name_key", "=", tagKey),
      );
    }
    const [rows, held] = await Promise.all([
      query.orderBy("c.sort_name").orderBy("c.id").execute(),
      this.db
        .selectFrom("conversations")
        .select(["contact_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("stage", "in", [...HELD])
        .where("archived_at", "is", null)
        .groupBy("contact_id")
        .execute(),
    ]);
    const heldWith = new Map(held.map((h) => [h.contact_id, Number(h.n)]));
    return rows.map((row) => {
      const conversations = heldWith.get(row.id) ?? 0;
      return {
        id: row.id,
        name: fullName(row.first_name, row.last_name),
        organizationId: row.organization_id,
        organization: row.organization ?? null,
        introducedById: row.introduced_by_id,
        conversations,
        known: conversations > 0 || row.relationship_strength !== "new",
      };
    });
  }

  /** How many active people my network holds. */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("contacts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("archived_at", "is", null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
