// The one way the web app's forms work, on @mantine/form: values and list entries in `useForm`, the
// form's own rules (from lib/*-form.ts) checked when a field is left and on submit (the first field
// with a problem takes the focus), the API's field errors shown on their field, other failures above
// the form, Ctrl/⌘+Enter to save, Esc to cancel a form left as it was (Cancel asks first when something
// was changed), and, for a page's form, a question before a link or Back leaves changes unsaved.
import { type UseFormReturnType, useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { type KeyboardEvent, useState } from "react";
import { ApiError } from "../api/http.js";
import { fieldId, focusField } from "../lib/field-id.js";
import { useLeaveGuard } from "./use-leave-guard.js";

type Errors = Partial<Record<string, string>>;

export interface CheckedFormOptions<Values> {
  /** The form's name in its fields' ids (fieldId(name, field)). */
  name: string;
  initialValues: Values;
  /** Every problem, by field ("emails.1" for a list entry); empty when the values may be saved. */
  validate: (values: Values) => Errors;
  /** A form that is the page: leaving the page with changes not saved asks first (render `leaveDialog`). */
  guardLeaving?: boolean;
  /** The fields in the order they appear, to focus the first with a problem. */
  fieldOrder: readonly string[];
  /** Saves; an ApiError naming a field is shown on that field. */
  onSubmit: (values: Values) => Promise<unknown>;
  onCancel?: () => void;
  /** Asked before Cancel or Esc throws changes away; without it, they are dropped silently. */
  confirmDiscard?: string;
  /** The form field an API field name stands for (null: none of this form's fields). */
  fieldOf?: (apiField: string, values: Values) => string | null;
  /** Shown above the form when saving fails without a message of its own. */
  failureMessage?: string;
}

function withoutBlanks(errors: Errors): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) if (message) result[field] = message;
  return result;
}

export function useCheckedForm<Values extends object>(options: CheckedFormOptions<Values>) {
  const { name, fieldOrder } = options;
  const form: UseFormReturnType<Values> = useForm<Values>({
    mode: "controlled",
    initialValues: options.initialValues,
    validate: (values) => withoutBlanks(options.validate(values)),
    validateInputOnBlur: true,
  });
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field.split(".")[0] ?? field);
    return index === -1 ? fieldOrder.length : index;
  };

  function focusFirstProblem(errors: Record<string, unknown>) {
    const first = Object.keys(errors).sort((a, b) => rank(a) - rank(b))[0];
    if (first) focusField(name, first);
  }

  const dirty = JSON.stringify(form.values) !== JSON.stringify(options.initialValues);
  const leave = useLeaveGuard(Boolean(options.guardLeaving) && dirty);

  async function save(values: Values) {
    if (saving) return;
    setSaving(true);
    setFormError(null);
    leave.allow();
    try {
      await options.onSubmit(values);
    } catch (error) {
      leave.guard();
      const field =
        error instanceof ApiError && error.field
          ? options.fieldOf
            ? options.fieldOf(error.field, values)
            : error.field
          : null;
      if (error instanceof ApiError && field) {
        form.setFieldError(field, error.fieldMessage);
        focusField(name, field);
      } else {
        setFormError(
          error instanceof Error
            ? error.message
            : (options.failureMessage ?? "Could not save. Please try again."),
        );
      }
    } finally {
      setSaving(false);
    }
  }

  const submit = form.onSubmit(
    (values) => void save(values),
    (errors) => focusFirstProblem(errors),
  );

  function cancel() {
    if (dirty && options.confirmDiscard && !window.confirm(options.confirmDiscard)) return;
    leave.allow();
    options.onCancel?.();
  }

  // Esc cancels only a form left as it was: a stray key must not throw typing away.
  const escCancels = Boolean(options.onCancel) && !dirty;

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.key === "Escape" &&
      escCancels &&
      target.getAttribute("aria-expanded") !== "true" &&
      !event.defaultPrevented
    ) {
      event.preventDefault();
      cancel();
      return;
    }
    getHotkeyHandler([["mod+Enter", () => submit()]])(event);
  };

  return {
    form,
    values: form.values,
    /** An input's props: its id (to focus it), value, change, the check when left, and its error. */
    field: (path: string) => ({ id: fieldId(name, path), ...form.getInputProps(path) }),
    /** Every message shown, by field (for inputs that show several, e.g. a list of rows). */
    errors: Object.fromEntries(
      Object.entries(form.errors).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    ),
    /** The message under a field (for inputs not wired through `field`). */
    errorOf: (path: string): string | undefined => {
      const error = form.errors[path];
      return typeof error === "string" ? error : undefined;
    },
    /** Checks one field now (an input that reports leaving it itself). */
    check: (path: string) => void form.validateField(path),
    dirty,
    /** Whether Esc cancels now (the form is as it was), for the keyboard hint. */
    escCancels,
    /** The question before leaving with unsaved changes (with `guardLeaving`), to render in the form. */
    leaveDialog: leave.dialog,
    saving,
    formError,
    /** Tells a failure above the form (for actions beside the submit, e.g. Clear). */
    setFormError,
    cancel,
    /** Props for the <form>: no browser validation, our submit, the keyboard. */
    formProps: { noValidate: true, onSubmit: submit, onKeyDown },
  };
}
