// My name as it signs messages: a new local user is called "Me" until they say otherwise.

/** The name a new local user starts with, which no message should be signed with. */
export const PLACEHOLDER_NAME = "Me";

/** Whether a name is one to sign messages with (not empty, not the placeholder). */
export function hasRealName(name: string | null | undefined): boolean {
  const trimmed = name?.trim() ?? "";
  return trimmed !== "" && trimmed !== PLACEHOLDER_NAME;
}
