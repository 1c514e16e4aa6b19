// The one place the web app talks HTTP: JSON in, JSON out, API errors as ApiError.

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

export type QueryValue = string | number | boolean | null | undefined;

/** "?a=1&b=x" from the set (non-empty) values, or "" when there are none. */
export function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Files and fields sent as multipart/form-data (instead of a JSON body). */
  form?: FormData;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const url = `/api${path}${options.query ? queryString(options.query) : ""}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers:
        options.body === undefined
          ? { accept: "application/json" }
          : { "content-type": "application/json", accept: "application/json" },
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", "Could not reach the coffeechat server. Is it running?");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : `http_${status}`;
  const message =
    typeof error?.message === "string"
      ? error.message
      : `The server answered with an error (HTTP ${status}).`;
  const field = typeof error?.field === "string" ? error.field : undefined;
  return new ApiError(status, code, message, field);
}

/** Whether an error is the API's 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.isNotFound;
}
