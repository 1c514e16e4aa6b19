// What is typed but not saved yet, kept in this browser so a reload, a crash or a lost connection
// never loses it. Storage may be unavailable (private windows, quotas): then nothing is kept.

const PREFIX = "coffeechat:";

export function readLocal<T>(key: string, parse: (value: unknown) => T | null): T | null {
  try {
    const text = window.localStorage.getItem(PREFIX + key);
    return text === null ? null : parse(JSON.parse(text));
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or unavailable: the save to the server still runs.
  }
}

export function removeLocal(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do.
  }
}
