// An API error shown where it belongs: next to the field it names, or above the form.
import { ApiError } from "../api/http.js";

export interface FormError {
  /** One of the form's fields, or null for the form as a whole. */
  field: string | null;
  message: string;
}

/** Maps an API error to a field of the form (by its name, or a name standing for it), or to the form. */
export function formError(error: unknown, fields: Record<string, string>): FormError {
  if (error instanceof ApiError) {
    const field = error.field ? (fields[error.field] ?? null) : null;
    return { field, message: field ? error.fieldMessage : error.message };
  }
  return { field: null, message: error instanceof Error ? error.message : "Something went wrong." };
}

/** "Ada Lovelace" → first "Ada", last "Lovelace"; "Ada" → last undefined. */
export function splitName(name: string): { firstName: string; lastName?: string } {
  const [firstName = "", ...rest] = name.trim().split(/\s+/);
  const lastName = rest.join(" ");
  return lastName ? { firstName, lastName } : { firstName };
}
