// better-sqlite3 answers synchronously and Kysely wraps the answer in an already-resolved promise,
// so under load a chain of queries runs entirely in microtasks and never lets Node's event loop
// read new requests: some connections then wait for seconds while others are served again and
// again. Yielding to the event loop after each SQLite query lets the server take turns fairly.
// Never inside a transaction: another connection of this process (two outbox workers in a test)
// would then wait on the lock synchronously, blocking the very event loop the holder needs.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

export class EventLoopYield implements KyselyPlugin {
  constructor(private readonly database: { readonly inTransaction: boolean }) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (!this.database.inTransaction) await new Promise<void>((resolve) => setImmediate(resolve));
    return args.result;
  }
}
