// API errors as the web app shows them: what the server refused (code, message, field) or a network failure.

/** An error the API answered with (or a network failure, code "network_error"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** The message without the "field: " prefix the server may add, to show next to that field. */
  get fieldMessage(): string {
    return this.field && this.message.startsWith(`${this.field}: `)
      ? this.message.slice(this.field.length + 2)
      : this.message;
  }
}

/** The ApiError for a refused answer: its `{ error: { code, message, field? } }`, or the status. */
export function toApiError(status: number, payload: unknown): ApiError {
  const error = field(payload, "error");
  const code = field(error, "code");
  const message = field(error, "message");
  const name = field(error, "field");
  return new ApiError(
    status,
    typeof code === "string" ? code : `http_${status}`,
    typeof message === "string" ? message : `The server answered with an error (HTTP ${status}).`,
    typeof name === "string" ? name : undefined,
  );
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}

/** Whether an error is the API's 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.isNotFound;
}
