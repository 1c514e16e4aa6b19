export type { Organization } from "./organization.schema.js";
