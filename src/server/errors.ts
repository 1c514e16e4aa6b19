// The one place that turns errors into HTTP answers of the shape { error: { code, message, field? } }.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError, StageNotAllowedError } from "../core/errors.js";
import { ImportFormatError } from "../integrations/imported.js";
import { validationErrorFromZod } from "../services/errors.js";

const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  validation_failed: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  stage_not_allowed: 409,
};

export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

export function handleError(error: Error, c: Context): Response {
  if (error instanceof StageNotAllowedError) {
    return c.json(
      { error: { ...errorBody(error.code, error.message, error.field).error, allowed: error.allowed } },
      409,
    );
  }
  if (error instanceof ImportFormatError) {
    return c.json(errorBody("bad_file", error.message, "file"), 400);
  }
  if (error instanceof DomainError) {
    return c.json(errorBody(error.code, error.message, error.field), STATUS_BY_CODE[error.code] ?? 400);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 400 ? "bad_request" : status === 404 ? "not_found" : "http_error";
    return c.json(errorBody(code, error.message || "The request could not be handled."), status);
  }
  const id = (c.get("requestId") as string | undefined) ?? crypto.randomUUID();
  console.error(`[request ${id}] ${c.req.method} ${c.req.path} failed:`, error);
  return c.json(
    errorBody("internal", `Something went wrong on our side; nothing was changed (request ${id}).`),
    500,
  );
}

/** zod-openapi's hook for invalid requests: answer 400 naming the first bad field. */
export function validationHook(
  result: { success: true } | { success: false; error: Parameters<typeof validationErrorFromZod>[0] },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const error = validationErrorFromZod(result.error);
  return c.json(errorBody(error.code, error.message, error.field), 400);
}
