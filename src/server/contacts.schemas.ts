// The HTTP shapes of /api/contacts: the contact itself is declared once, in core.
import { z } from "@hono/zod-openapi";
import { ContactSchema } from "../core/contact.schema.js";
import { pageOf } from "./schemas.js";

export { ContactSchema };

export const ContactPageSchema = pageOf(ContactSchema, "ContactPage");

export const TagListSchema = z
  .object({ items: z.array(z.object({ name: z.string(), contactCount: z.number().int() })) })
  .openapi("TagList");
