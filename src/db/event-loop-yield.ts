// better-sqlite3 answers synchronously and Kysely wraps the answer in an already-resolved promise,
// so under load a chain of queries runs entirely in microtasks and never lets Node's event loop
// read new requests: some connections then wait for seconds while others are served again and
// again. So once the queries of one turn of the event loop have taken TURN_BUDGET_MS, the next
// query's answer waits for the next turn, and the requests waiting meanwhile get theirs.
// The budget counts everything the turn ran since its first query (other requests' work too), and
// a request that waited asks again when it resumes.
// A request that is done within the budget runs straight through: yielding after every query made
// every request wait a turn per query, so all the connections' half-finished requests were alive
// at once, and their garbage with them.
// Never inside a transaction: another connection of this process (two outbox workers in a test)
// would then wait on the lock synchronously, blocking the very event loop the holder needs.
import { performance } from "node:perf_hooks";
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

/** How long the queries of one turn of the event loop may run before the loop takes other work. */
export const TURN_BUDGET_MS = 2;

export class EventLoopYield implements KyselyPlugin {
  /** When the first query of this turn of the event loop began; undefined once the turn is over. */
  #turnStart: number | undefined;

  constructor(
    private readonly database: { readonly inTransaction: boolean },
    private readonly budgetMs = TURN_BUDGET_MS,
  ) {}

  /** Notes when this turn's first query began (or answered, for a query compiled beforehand). */
  #markTurn(): number | undefined {
    const began = this.#turnStart;
    if (began !== undefined) return began;
    this.#turnStart = performance.now();
    setImmediate(() => {
      this.#turnStart = undefined;
    });
    return undefined;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#markTurn();
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.database.inTransaction) return args.result;
    // Asked again after each wait: the requests that waited all resume in the same turn, and each
    // runs on to its next query (or to its answer) unless that turn's budget is already spent.
    for (let began = this.#markTurn(); began !== undefined && performance.now() - began >= this.budgetMs; ) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      began = this.#markTurn();
    }
    return args.result;
  }
}
