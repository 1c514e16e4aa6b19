// A day and a time of day as people type them, in the order and clock chosen in Settings →
// Appearance ("9/3/2027" day first, "3/9/2027" month first; "14:30" or "2:30 pm"), read into the
// values the forms keep ("2027-03-09", "14:30") and written back the same way. The browser's own
// date and time inputs follow its language instead, so the forms use text fields with these.

const pad = (n: number) => String(n).padStart(2, "0");

/** "2027-03-09" from what was typed: the chosen order, or an ISO date; null when it is not a real day. */
export function parseDay(text: string, monthFirst: boolean): string | null {
  const typed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(typed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    [month, day] = monthFirst ? [first, second] : [second, first];
    year = numeric[3]?.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
  } else return null;
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "09/03/2027" (day first) or "03/09/2027" (month first) for "2027-03-09"; anything else as it is. */
export function showDay(value: string, monthFirst: boolean): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!iso) return value;
  const [, year, month, day] = iso;
  return monthFirst ? `${month}/${day}/${year}` : `${day}/${month}/${year}`;
}

/** How a day is typed in the chosen order, for the field's placeholder. */
export function dayPattern(monthFirst: boolean): string {
  return monthFirst ? "mm/dd/yyyy" : "dd/mm/yyyy";
}

/** "14:30" from "14:30", "2:30 pm", "2.30pm", "9" or "9am"; null when it is not a time of day. */
export function parseTimeOfDay(text: string): string | null {
  const typed = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(text.trim());
  if (!typed) return null;
  let hour = Number(typed[1]);
  const minute = typed[2] === undefined ? 0 : Number(typed[2]);
  const half = typed[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  } else if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** "14:30", or "2:30 pm" on a 12-hour clock, for "14:30"; anything else as it is. */
export function showTimeOfDay(value: string, twelveHour: boolean): string {
  const hhmm = /^(\d{2}):(\d{2})$/.exec(value);
  if (!hhmm || !twelveHour) return value;
  const hour = Number(hhmm[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${hhmm[2]} ${hour < 12 ? "am" : "pm"}`;
}
