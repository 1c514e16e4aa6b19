// The network map and the warm paths in, declared once: what the API answers and what it takes.
import { z } from "zod";
import { PATH_RELATIONS } from "./network-paths.js";

const id = z.uuid();

export const NetworkPersonSchema = z
  .object({
    id,
    name: z.string(),
    organizationId: id.nullable(),
    introducedById: id.nullable().meta({ description: "Who introduced them to me" }),
    conversations: z.number().int().meta({ description: "Conversations held with them" }),
    known: z.boolean().meta({ description: "Met in a conversation, or a relationship beyond not met yet" }),
  })
  .meta({ id: "NetworkPerson" });
export type NetworkPersonNode = z.infer<typeof NetworkPersonSchema>;

export const NetworkSchema = z
  .object({
    people: z.array(NetworkPersonSchema),
    organizations: z.array(
      z.object({
        id,
        name: z.string(),
        people: z.number().int().meta({ description: "Of the people shown" }),
      }),
    ),
    introductions: z
      .array(z.object({ introducerId: id, contactId: id }))
      .meta({ description: "Who introduced whom, among the people shown" }),
    total: z.number().int().meta({ description: "People in my network before the filters" }),
  })
  .meta({ id: "Network" });
export type Network = z.infer<typeof NetworkSchema>;

const filterId = (what: string) => z.uuid(`${what} must be an id.`).optional();

export const NetworkQuery = z.object({
  goalId: filterId("goalId").meta({ description: "Only people with a conversation serving this goal" }),
  organizationId: filterId("organizationId").meta({ description: "Only people who work there" }),
  tag: z.string().trim().min(1, "tag cannot be empty.").max(50, "tag has at most 50 characters.").optional(),
});
export type NetworkQuery = z.infer<typeof NetworkQuery>;

export const PathsQuery = z.object({
  organizationId: filterId("organizationId").meta({ description: "An organisation to find a way into" }),
  contactId: filterId("contactId").meta({ description: "A person to be introduced to" }),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathStepSchema = z
  .object({
    contactId: id,
    name: z.string(),
    relation: z.enum(PATH_RELATIONS).meta({
      description:
        "How they are linked to the step before (the first: to me): met, knows, introduced-by " +
        "(the one before introduced them), introduced (they introduced the one before), works-at " +
        "(the same organisation as the one before)",
    }),
    organization: z.string().nullable(),
  })
  .meta({ id: "PathStep" });

export const PathsSchema = z
  .object({
    paths: z
      .array(z.array(PathStepSchema))
      .meta({ description: "Shortest first; each begins with someone I know" }),
  })
  .meta({ id: "Paths" });
export type Paths = z.infer<typeof PathsSchema>;
