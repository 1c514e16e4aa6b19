// The state of the contact form: values, which fields were visited, and the errors to show.
import { useCallback, useMemo, useState } from "react";
import { type ContactFormValues, type FieldErrors, validateContactForm } from "../lib/contact-form.js";

type ListField = "emails" | "phones";

export function useContactForm(initial: ContactFormValues) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const clientErrors = useMemo(() => validateContactForm(values), [values]);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initial), [values, initial]);

  const forgetServerError = useCallback((field: string) => {
    setServerErrors((errors) => {
      if (!(field in errors)) return errors;
      const { [field]: _gone, ...rest } = errors;
      return rest;
    });
  }, []);

  const setField = useCallback(
    <K extends keyof ContactFormValues>(field: K, value: ContactFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      forgetServerError(field);
    },
    [forgetServerError],
  );

  const setListItem = useCallback(
    (field: ListField, index: number, value: string) => {
      setValues((current) => ({
        ...current,
        [field]: current[field].map((item, i) => (i === index ? value : item)),
      }));
      forgetServerError(`${field}.${index}`);
      forgetServerError(field);
    },
    [forgetServerError],
  );

  const addListItem = useCallback((field: ListField) => {
    setValues((current) => ({ ...current, [field]: [...current[field], ""] }));
  }, []);

  const removeListItem = useCallback((field: ListField, index: number) => {
    setValues((current) => {
      const next = current[field].filter((_, i) => i !== index);
      return { ...current, [field]: next.length > 0 ? next : [""] };
    });
    setServerErrors({});
  }, []);

  const touch = useCallback((field: string) => {
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  }, []);

  /** The message to show under a field, if any: the server's, or the browser's once the field was visited. */
  const errorOf = (field: string): string | undefined =>
    serverErrors[field] ?? (showAll || touched.has(field) ? clientErrors[field] : undefined);

  return {
    values,
    dirty,
    clientErrors,
    errorOf,
    setField,
    setListItem,
    addListItem,
    removeListItem,
    touch,
    /** Shows every error, e.g. after a submit attempt. */
    revealErrors: () => setShowAll(true),
    setServerError: (field: string, message: string) => setServerErrors({ [field]: message }),
  };
}

export type ContactFormState = ReturnType<typeof useContactForm>;
