import type { z } from "@hono/zod-openapi";
import { ValidationError } from "../core/errors.js";

export { ConflictError, DomainError, NotFoundError, ValidationError } from "../core/errors.js";

/** The first problem zod found, as a ValidationError naming the field. */
export function validationErrorFromZod(error: z.ZodError): ValidationError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : undefined;
  const message = issue?.message ?? "The input is not valid.";
  return new ValidationError(field ? `${field}: ${message}` : message, field);
}

/** Parses input with a schema, or throws a ValidationError naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFromZod(result.error);
  return result.data;
}
