// What a refused sign-in, sign-up or password change says to the person, in our words (the sign-in
// service answers with codes such as INVALID_EMAIL_OR_PASSWORD).

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "That e-mail and password do not match an account. Check both and try again.",
  INVALID_EMAIL: "Enter an e-mail address such as name@example.edu.",
  INVALID_PASSWORD: "That password is not right.",
  USER_ALREADY_EXISTS: "An account with this e-mail exists already: sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this e-mail exists already: sign in instead.",
  PASSWORD_TOO_SHORT: "Choose a password of at least 10 characters.",
  PASSWORD_TOO_LONG: "Choose a shorter password (at most 128 characters).",
  INVALID_TOKEN: "This link has run out or was used already. Ask for a new one.",
  EMAIL_PASSWORD_SIGN_UP_DISABLED:
    "New accounts are not open here: ask your career centre for an invitation.",
  EMAIL_NOT_VERIFIED: "Confirm your e-mail address first: look for our mail in your inbox.",
};

/** The sentence to show for a refused request, from its HTTP status and the service's code. */
export function authErrorMessage(status: number, code: string | undefined): string {
  if (status === 429) return "Too many attempts in a short time. Wait a minute, then try again.";
  if (code && MESSAGES[code]) return MESSAGES[code];
  if (status === 0) return "Could not reach the coffeechat server. Check your connection and try again.";
  if (status === 401) return MESSAGES.INVALID_EMAIL_OR_PASSWORD as string;
  if (status >= 500) return "Something went wrong on the server. Try again in a moment.";
  return "That did not work. Check what you entered and try again.";
}

/** Where to go after signing in: a path inside the app, never another site or an auth page. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/^\/(sign-in|sign-up|forgot-password|reset-password)\b/.test(next)) return "/";
  return next;
}
