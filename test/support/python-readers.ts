// Real third-party readers for our vCard and iCalendar output: Debian's python3-vobject and
// python3-icalendar under /usr/bin/python3 (not the python3 on PATH). Each reads a file and prints JSON.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PYTHON = "/usr/bin/python3";
const INSTALL_HINT =
  "Debian's python3-vobject and python3-icalendar are needed under /usr/bin/python3 to check our output: " +
  "apt-get install -y --no-install-recommends python3-vobject python3-icalendar";

/** Throws (so the test fails, never skips) when the Python readers are not installed. */
export function assertPythonReaders(): void {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing. ${INSTALL_HINT}`);
  try {
    execFileSync(PYTHON, ["-c", "import vobject, icalendar"], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`${INSTALL_HINT}\n${String((error as { stderr?: unknown }).stderr ?? error)}`);
  }
}

/** Writes the text (UTF-8) to a temporary file, runs the script on it and parses what it prints. */
function runReader<T>(script: string, text: string, fileName: string): T {
  const dir = mkdtempSync(join(tmpdir(), "coffeechat-python-"));
  try {
    const file = join(dir, fileName);
    writeFileSync(file, text, "utf8");
    const stdout = execFileSync(PYTHON, ["-c", script, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return JSON.parse(stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface VobjectCard {
  version: string | null;
  uid: string | null;
  fn: string | null;
  family: string | null;
  given: string | null;
  emails: string[];
  emailTypes: string[][];
  phones: string[];
  org: string[] | null;
  title: string | null;
  urls: string[];
  note: string | null;
  categories: string[];
  locality: string | null;
  rev: string | null;
}

const VCARD_READER = `
import json, sys
import vobject

with open(sys.argv[1], encoding="utf-8", newline="") as f:
    source = f.read()

def values(card, name):
    return [child.value for child in card.contents.get(name, [])]

def first(card, name):
    found = values(card, name)
    return found[0] if found else None

cards = []
for card in vobject.readComponents(source, validate=True):
    name = first(card, "n")
    address = first(card, "adr")
    cards.append({
        "version": first(card, "version"),
        "uid": first(card, "uid"),
        "fn": first(card, "fn"),
        "family": name.family if name else None,
        "given": name.given if name else None,
        "emails": values(card, "email"),
        "emailTypes": [child.params.get("TYPE", []) for child in card.contents.get("email", [])],
        "phones": values(card, "tel"),
        "org": first(card, "org"),
        "title": first(card, "title"),
        "urls": values(card, "url"),
        "note": first(card, "note"),
        "categories": [tag for tags in values(card, "categories") for tag in tags],
        "locality": address.city if address else None,
        "rev": first(card, "rev"),
    })
print(json.dumps(cards))
`;

/** Our vCard text as python3-vobject reads it (with validation), one entry per card. */
export function readVCardsWithVobject(text: string): VobjectCard[] {
  return runReader<VobjectCard[]>(VCARD_READER, text, "contacts.vcf");
}

export interface PythonEvent {
  uid: string;
  summary: string | null;
  location: string | null;
  url: string | null;
  description: string | null;
  status: string | null;
  transparency: string | null;
  /** UTC "YYYY-MM-DDTHH:MM:SSZ" for a time, "YYYY-MM-DD" for an all-day date. */
  start: string;
  end: string | null;
  tzid: string | null;
  stamp: string | null;
  attendees: string[];
  alarms: Array<{ action: string; triggerSeconds: number; description: string | null }>;
}

export interface PythonCalendar {
  name: string | null;
  /** As python3-icalendar reads it (zones by name from its own database). */
  icalendar: PythonEvent[];
  /** As python3-vobject reads it: TZID times through our VTIMEZONE definitions unless it takes one for UTC. */
  vobject: Array<{ uid: string; start: string; end: string | null; tzinfo: string }>;
  /** TZID times through our VTIMEZONE components alone, as python3-dateutil's tzical reads them. */
  vtimezone: Array<{ uid: string; start: string; end: string | null }>;
}

const ICALENDAR_READER = `
import datetime, io, json, sys
import icalendar, vobject
from dateutil import tz

UTC = datetime.timezone.utc
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    source = f.read()

def when(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise SystemExit("floating time: " + value.isoformat())
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()

def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)

def attendees(component):
    value = component.get("ATTENDEE")
    if value is None:
        return []
    return [str(item) for item in (value if isinstance(value, list) else [value])]

calendar = icalendar.Calendar.from_ical(source)
events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event.get("UID")),
        "summary": text(event, "SUMMARY"),
        "location": text(event, "LOCATION"),
        "url": text(event, "URL"),
        "description": text(event, "DESCRIPTION"),
        "status": text(event, "STATUS"),
        "transparency": text(event, "TRANSP"),
        "start": when(event.decoded("DTSTART")),
        "end": when(event.decoded("DTEND")) if event.get("DTEND") is not None else None,
        "tzid": event.get("DTSTART").params.get("TZID"),
        "stamp": when(event.decoded("DTSTAMP")),
        "attendees": attendees(event),
        "alarms": [{
            "action": str(alarm.get("ACTION")),
            "triggerSeconds": alarm.decoded("TRIGGER").total_seconds(),
            "description": text(alarm, "DESCRIPTION"),
        } for alarm in event.walk("VALARM")],
    })

parsed = vobject.readOne(source)
vobject_events = [{
    "uid": event.uid.value,
    "start": when(event.dtstart.value),
    "end": when(event.dtend.value) if hasattr(event, "dtend") else None,
    "tzinfo": type(event.dtstart.value.tzinfo).__name__ if isinstance(event.dtstart.value, datetime.datetime) else "date",
} for event in parsed.contents.get("vevent", [])]

definitions = "".join(
    component.to_ical().decode("utf-8").replace("\\r\\n", "\\n") for component in calendar.walk("VTIMEZONE")
)
zones = tz.tzical(io.StringIO(definitions)) if definitions else None

def through_vtimezone(event, name):
    prop = event.get(name)
    if prop is None:
        return None
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid is None:
        return when(value)
    return when(value.replace(tzinfo=zones.get(tzid)))

vtimezone_events = [{
    "uid": str(event.get("UID")),
    "start": through_vtimezone(event, "DTSTART"),
    "end": through_vtimezone(event, "DTEND"),
} for event in calendar.walk("VEVENT")]

print(json.dumps({
    "name": text(calendar, "X-WR-CALNAME"),
    "icalendar": events,
    "vobject": vobject_events,
    "vtimezone": vtimezone_events,
}))
`;

/** Our iCalendar text as python3-icalendar and python3-vobject read it. */
export function readICalendarWithPython(text: string): PythonCalendar {
  return runReader<PythonCalendar>(ICALENDAR_READER, text, "calendar.ics");
}
