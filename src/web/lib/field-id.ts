/** The DOM id of a form field, e.g. "contact-emails-1" for "emails.1". */
export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/\./g, "-")}`;
}

/** Moves focus to a form field by its name, if it is on the page. */
export function focusField(form: string, field: string): void {
  const element = document.getElementById(fieldId(form, field));
  if (element) {
    element.focus();
    element.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}
