// Domain errors: what went wrong in the user's terms. The HTTP layer and the CLI map them once each.
import type { z } from "@hono/zod-openapi";

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The input is wrong; `field` names which part, e.g. "emails.1". */
export class ValidationError extends DomainError {
  constructor(message: string, field?: string) {
    super("validation_failed", message, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super("not_found", `No ${what} with id ${id}.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super("conflict", message, field);
  }
}

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
