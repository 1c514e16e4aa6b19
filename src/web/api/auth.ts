// Signing in, up and out, and choosing a new password (hosted mode): the sign-in service's own
// routes under /api/auth, which are not part of our typed API. A refusal throws an ApiError with
// our sentence for it.
import { authErrorMessage } from "../lib/auth-errors.js";
import { ApiError } from "./http.js";

async function post(path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", authErrorMessage(0, undefined));
  }
  const payload = (await response.json().catch(() => null)) as { code?: string } | null;
  if (!response.ok) {
    const code = typeof payload?.code === "string" ? payload.code : undefined;
    throw new ApiError(
      response.status,
      code ?? `http_${response.status}`,
      authErrorMessage(response.status, code),
    );
  }
  return payload;
}

export function signIn(email: string, password: string): Promise<unknown> {
  return post("/sign-in/email", { email, password });
}

export function signUp(name: string, email: string, password: string): Promise<unknown> {
  return post("/sign-up/email", { name, email, password });
}

export function signOut(): Promise<unknown> {
  return post("/sign-out", {});
}

/** Mails a link to choose a new password; answers alike whether or not the address has an account. */
export function requestPasswordReset(email: string): Promise<unknown> {
  return post("/request-password-reset", { email, redirectTo: "/reset-password" });
}

export function resetPassword(token: string, newPassword: string): Promise<unknown> {
  return post("/reset-password", { token, newPassword });
}

/** Starts single sign-on: answers the identity provider's address to open, returning to `next`. */
export async function singleSignOnUrl(next: string): Promise<string> {
  const answer = (await post("/sign-in/social", {
    provider: "centre",
    callbackURL: next,
    errorCallbackURL: "/sign-in?failed=sso",
  })) as { url?: string };
  if (!answer?.url) throw new ApiError(500, "no_url", authErrorMessage(500, undefined));
  return answer.url;
}
