// The one place where a query is scoped to its owner. Repositories write plain Kysely against an
// owner-scoped connection; this plugin adds `owner_id = <owner>` to every owned table a query
// reads, joins, changes or deletes (subqueries included), and sets `owner_id` on every insert.
// A forgotten condition is therefore not possible: a repository cannot see another owner's rows.
import {
  AliasNode,
  BinaryOperationNode,
  ColumnNode,
  type DeleteQueryNode,
  IdentifierNode,
  type InsertQueryNode,
  JoinNode,
  type KyselyPlugin,
  type OnConflictNode,
  type OperationNode,
  OperationNodeTransformer,
  OperatorNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryId,
  QueryNode,
  type QueryResult,
  ReferenceNode,
  type RootOperationNode,
  type SelectQueryNode,
  TableNode,
  type UnknownRow,
  type UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  WhereNode,
} from "kysely";
import { OWNED_TABLES, type OwnedTableName } from "./owned-tables.js";

/** The column that names each owned table's owner (the users table is its own owner). */
function ownerColumn(table: OwnedTableName): string {
  return table === "users" ? "id" : "owner_id";
}

function tableName(node: OperationNode): string | undefined {
  return TableNode.is(node) ? node.table.identifier.name : undefined;
}

/** For a FROM/JOIN item: the owned table it reads and the name it is referred to by. */
function ownedItem(node: OperationNode): { table: OwnedTableName; ref: string } | undefined {
  if (AliasNode.is(node)) {
    const table = tableName(node.node);
    if (table && OWNED_TABLES.has(table) && IdentifierNode.is(node.alias)) {
      return { table: table as OwnedTableName, ref: node.alias.name };
    }
    return undefined;
  }
  const table = tableName(node);
  return table && OWNED_TABLES.has(table) ? { table: table as OwnedTableName, ref: table } : undefined;
}

class OwnerScopeTransformer extends OperationNodeTransformer {
  constructor(private readonly ownerId: string) {
    super();
  }

  private condition(item: { table: OwnedTableName; ref: string }): OperationNode {
    return BinaryOperationNode.create(
      ReferenceNode.create(ColumnNode.create(ownerColumn(item.table)), TableNode.create(item.ref)),
      OperatorNode.create("="),
      ValueNode.create(this.ownerId),
    );
  }

  private scopeWhere<T extends SelectQueryNode | UpdateQueryNode | DeleteQueryNode>(
    node: T,
    items: readonly OperationNode[],
  ): T {
    let scoped = node;
    for (const item of items) {
      const owned = ownedItem(item);
      if (owned) scoped = QueryNode.cloneWithWhere(scoped, this.condition(owned));
    }
    return scoped;
  }

  private scopeJoins(joins: readonly JoinNode[] | undefined): readonly JoinNode[] | undefined {
    return joins?.map((join) => {
      const owned = ownedItem(join.table);
      if (!owned) return join;
      return JoinNode.cloneWithOn(join, this.condition(owned));
    });
  }

  protected override transformSelectQuery(node: SelectQueryNode, queryId?: QueryId): SelectQueryNode {
    const inner = super.transformSelectQuery(node, queryId);
    const scoped = this.scopeWhere(inner, inner.from?.froms ?? []);
    return Object.freeze({ ...scoped, joins: this.scopeJoins(scoped.joins) });
  }

  protected override transformUpdateQuery(node: UpdateQueryNode, queryId?: QueryId): UpdateQueryNode {
    const inner = super.transformUpdateQuery(node, queryId);
    const items = [inner.table, ...(inner.from?.froms ?? [])].filter((n): n is OperationNode => !!n);
    const scoped = this.scopeWhere(inner, items);
    return Object.freeze({ ...scoped, joins: this.scopeJoins(scoped.joins) });
  }

  protected override transformDeleteQuery(node: DeleteQueryNode, queryId?: QueryId): DeleteQueryNode {
    const inner = super.transformDeleteQuery(node, queryId);
    const items = [...inner.from.froms, ...(inner.using?.tables ?? [])];
    const scoped = this.scopeWhere(inner, items);
    return Object.freeze({ ...scoped, joins: this.scopeJoins(scoped.joins) });
  }

  protected override transformInsertQuery(node: InsertQueryNode, queryId?: QueryId): InsertQueryNode {
    const inner = super.transformInsertQuery(node, queryId);
    const table = inner.into ? tableName(inner.into) : undefined;
    if (!table || !OWNED_TABLES.has(table)) return inner;
    const column = ownerColumn(table as OwnedTableName);
    if (inner.columns?.some((c) => c.column.name === column)) {
      throw new Error(`${table}.${column} is set by the owner scope; leave it out of the values.`);
    }
    if (!inner.values || !ValuesNode.is(inner.values)) {
      throw new Error(`An insert into ${table} through the owner scope must give its values as rows.`);
    }
    const rows = inner.values.values.map((row) =>
      PrimitiveValueListNode.is(row)
        ? PrimitiveValueListNode.create([...row.values, this.ownerId])
        : ValueListNode.create([...row.values, ValueNode.create(this.ownerId)]),
    );
    return Object.freeze({
      ...inner,
      columns: [...(inner.columns ?? []), ColumnNode.create(column)],
      values: ValuesNode.create(rows),
      onConflict: inner.onConflict && this.scopeConflictUpdate(inner.onConflict, table as OwnedTableName),
    });
  }

  /** An upsert may only update a row of the same owner. */
  private scopeConflictUpdate(node: OnConflictNode, table: OwnedTableName): OnConflictNode {
    if (!node.updates) return node;
    const condition = this.condition({ table, ref: table });
    return Object.freeze({
      ...node,
      updateWhere: node.updateWhere
        ? WhereNode.cloneWithOperation(node.updateWhere, "And", condition)
        : WhereNode.create(condition),
    });
  }
}

/** A Kysely plugin that confines every query to one owner's rows. */
export class OwnerScopePlugin implements KyselyPlugin {
  private readonly transformer: OwnerScopeTransformer;

  constructor(readonly ownerId: string) {
    this.transformer = new OwnerScopeTransformer(ownerId);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === "RawNode") {
      throw new Error("A raw SQL statement cannot be scoped to its owner; build it with the query builder.");
    }
    return this.transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
