// Domain errors: what went wrong in the user's terms. The HTTP layer and the CLI map them, once each.

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

/** The person is signed in but their role does not allow this (e.g. a student creating a cohort). */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super("forbidden", message);
  }
}

/** A stage move the pipeline does not allow; `allowed` lists where the conversation may go. */
export class StageNotAllowedError extends DomainError {
  constructor(
    message: string,
    readonly allowed: readonly string[],
  ) {
    super("stage_not_allowed", message, "stage");
  }
}
