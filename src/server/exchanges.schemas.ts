// The HTTP shapes of the exchange ledger: an entry is declared once, in core.
export { ExchangeLedgerSchema, ExchangeSchema } from "../core/exchange.schema.js";
