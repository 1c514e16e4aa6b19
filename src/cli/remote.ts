// The CLI's one way to a hosted coffeechat: the typed client of its API (as the web app's), sending
// the personal API token, turning the server's refusals into the same one-line messages the
// local commands give.
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { type ClientResponse, hc, parseResponse } from "hono/client";
import type { RemoteLogin } from "../config.js";
import { DomainError, ValidationError } from "../core/errors.js";
import type { AppType } from "../server/app.js";

type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** Query parameters without the unset ones. */
function searchParams(query: Record<string, QueryValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  return params;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}

export function apiClient(login: RemoteLogin) {
  return hc<AppType>(`${login.url}/`, {
    headers: { authorization: `Bearer ${login.token}`, accept: "application/json" },
    buildSearchParams: searchParams,
  }).api;
}

export type ApiClient = ReturnType<typeof apiClient>;

/** A hosted server, as the CLI talks to it. */
export class Remote {
  readonly api: ApiClient;

  constructor(readonly login: RemoteLogin) {
    this.api = apiClient(login);
  }

  /** Sends a request made with `api` and answers its data; a refusal throws a DomainError. */
  async call<T extends ClientResponse<unknown>>(sending: Promise<T>) {
    const response = await this.reach(sending);
    if (!response.ok) throw await this.refusal(response);
    try {
      return await parseResponse(response);
    } catch {
      throw this.notCoffeechat(response.status);
    }
  }

  /** A request outside the typed client (files streamed in or out); refusals throw as in `call`. */
  async fetch(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${this.login.token}`);
    const response = await this.reach(fetch(`${this.login.url}${pathAndQuery}`, { ...init, headers }));
    if (!response.ok) throw await this.refusal(response);
    return response;
  }

  /** A file as a request body, read as it is sent (a backup of any size, up to the server's limit). */
  static fileBody(file: string): { body: ReadableStream; headers: Record<string, string>; duplex: "half" } {
    return {
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      headers: { "content-length": String(statSync(file).size) },
      duplex: "half",
    };
  }

  private async reach<T>(sending: Promise<T>): Promise<T> {
    try {
      return await sending;
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
      throw new DomainError(
        "network_error",
        `Could not reach ${this.login.url}${cause ? ` (${cause})` : ""}. Is the address right, and is the server up?`,
      );
    }
  }

  private async refusal(response: Response | ClientResponse<unknown>): Promise<DomainError> {
    if (response.status === 401) {
      return new DomainError(
        "unauthorized",
        `${this.login.url} did not accept your token: it is mistyped, or was revoked or replaced by a newer one. Make a new one in Settings → Account, then run \`coffeechat login --url ${this.login.url} --token -\`.`,
      );
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: not our server, or a proxy in front of it answered.
    }
    const error = field(body, "error");
    const code = field(error, "code");
    const message = field(error, "message");
    const name = field(error, "field");
    if (typeof code !== "string" || typeof message !== "string") return this.notCoffeechat(response.status);
    const at = typeof name === "string" ? name : undefined;
    return code === "validation_failed"
      ? new ValidationError(message, at)
      : new DomainError(code, message, at);
  }

  private notCoffeechat(status: number): DomainError {
    return new DomainError(
      "bad_answer",
      `${this.login.url} answered HTTP ${status}, not as a coffeechat server does. Is the address right?`,
    );
  }
}
