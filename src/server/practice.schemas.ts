// The practice's shapes are declared once, in core (message.schema.ts, agenda.schema.ts,
// settings.schema.ts, task.schema.ts); re-exported here for the schemas that still import them.
export { MessageSchema } from "../core/message.schema.js";
export { TaskSchema } from "../core/task.schema.js";
