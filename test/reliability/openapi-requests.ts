// Requests for every route and method of the OpenAPI document, as fast-check arbitraries: mostly
// shaped like the schema (so they get past the first check and reach the services and the
// database), with hostile values everywhere: wrong types, huge and unicode strings, NULs, unknown
// and malformed ids, extreme dates and zones, malformed JSON, wrong content types.
import fc from "fast-check";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Ids of rows that exist, of a kind ("contacts", "goals"; undefined: any), so requests reach real records. */
export type IdPool = (kind: string | undefined) => readonly string[];

/** The kind of row a parameter or property names: contactId, introducedById → contacts; goalIds → goals. */
export function kindOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const kinds: Record<string, string> = {
    contact: "contacts",
    introducedBy: "contacts",
    goal: "goals",
    conversation: "conversations",
    organization: "organizations",
    template: "templates",
    question: "questions",
    message: "messages",
    task: "tasks",
  };
  const stem = name.replace(/Ids?$/, "");
  return Object.hasOwn(kinds, stem) ? kinds[stem] : undefined;
}

const EXTREME_DATES = [
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00.000Z",
  "1899-12-31T23:59:59Z",
  "1900-01-01T00:00:00Z",
  "2200-12-31T23:59:59Z",
  "2201-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "2026-02-30T10:00:00Z",
  "2026-13-01T10:00:00Z",
  "2026-11-24T24:00:00Z",
  "2026-11-24T15:00:00+14:00",
  "2026-11-24T15:00:00-23:59",
  "2026-11-24",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "1970-01-01T00:00:00Z",
];
const ZONES = [
  "Asia/Kolkata",
  "Europe/Berlin",
  "America/St_Johns",
  "Pacific/Kiritimati",
  "Etc/GMT+12",
  "UTC",
];
const BAD_ZONES = ["Not/AZone", "+05:30", "local", "Europe/../../etc/passwd", "EST5EDT,M3.2.0"];
const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uFFFF",
  "😀👩‍👩‍👧‍👦",
  "Zoë Ünïcödé 王小明 مرحبا",
  "\u202Eevil",
  "<script>alert(1)</script>",
  "'; drop table contacts; --",
  "%00",
  "../../etc/passwd",
  "null",
  "{{firstName}}",
  "\r\nBCC: x@example.org",
  "a".repeat(10_000),
  "é".repeat(200_000),
];

const PLAUSIBLE = [
  "Ada",
  "Lovelace",
  "ada@example.org",
  "+44 20 7946 0958",
  "https://www.linkedin.com/in/ada-lovelace",
  "Zoë 😀 notes, with a comma",
  "Analytical Engines",
  "2026-11-24T15:00:00Z",
  "request",
  "email",
];

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREME_DATES, ...ZONES, ...BAD_ZONES) },
  );

const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -10, max: 1000 }),
    fc.integer(),
    fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

/** Any JSON value at all: the wrong type for whatever the route expects. */
const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: hostileNumber() },
  );

export class RequestArbitraries {
  /**
   * @param hostility how often a value is hostile rather than plausible (0–1): low values get
   * deep into the services and the database with one odd value; high ones probe validation.
   */
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly ids: IdPool,
    private readonly hostility = 0.3,
  ) {}

  /** Plausible-or-hostile, weighted by the hostility. */
  private mix<T>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
    const bad = Math.round(this.hostility * 100);
    return fc.oneof({ weight: 100 - bad, arbitrary: plausible }, { weight: bad, arbitrary: hostile });
  }

  private resolve(schema: Schema | undefined): Schema {
    let current = schema ?? {};
    for (let i = 0; current.$ref && i < 10; i++) {
      const name = current.$ref.replace("#/components/schemas/", "");
      current = this.doc.components?.schemas?.[name] ?? {};
    }
    return current;
  }

  private id(kind?: string): fc.Arbitrary<string> {
    return this.mix(
      fc.constant(null).map(() => this.pick(kind)),
      fc.oneof({ weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileString() }),
    );
  }

  private pickIndex = 0;
  /** One of the existing ids (they change as the fuzzer creates and deletes). */
  private pick(kind: string | undefined): string {
    const pool = this.ids(kind);
    this.pickIndex = (this.pickIndex * 7 + 3) % 1_000_003;
    return pool.length === 0 ? "none" : (pool[this.pickIndex % pool.length] as string);
  }

  /** A value shaped like the schema most of the time, hostile the rest. */
  value(input: Schema | undefined, depth = 0, name?: string): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const shaped = this.shaped(schema, depth, name);
    return this.mix(shaped, fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: anyJson() }));
  }

  private shaped(schema: Schema, depth: number, name?: string): fc.Arbitrary<unknown> {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options && options.length > 0) return fc.oneof(...options.map((s) => this.value(s, depth, name)));
    if (schema.allOf && schema.allOf.length > 0) return this.value(schema.allOf[0], depth, name);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
    const nullable = Array.isArray(schema.type) && schema.type.includes("null");
    const base = this.ofType(type, schema, depth, name);
    return nullable
      ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) })
      : base;
  }

  private ofType(
    type: string | undefined,
    schema: Schema,
    depth: number,
    name?: string,
  ): fc.Arbitrary<unknown> {
    switch (type) {
      case "string":
        if (schema.format === "uuid" || kindOf(name)) return this.id(kindOf(name));
        if (schema.format === "date-time" || schema.format === "date")
          return this.mix(
            fc
              .date({ min: new Date("1950-01-01"), max: new Date("2150-01-01"), noInvalidDate: true })
              .map((d) => (schema.format === "date" ? d.toISOString().slice(0, 10) : d.toISOString())),
            fc.oneof(
              fc.constantFrom(...EXTREME_DATES),
              fc
                .date({ min: new Date("1800-01-01"), max: new Date("2300-01-01"), noInvalidDate: true })
                .map((d) => d.toISOString()),
            ),
          );
        return this.mix(
          fc.oneof(
            fc.constantFrom(...ZONES, ...PLAUSIBLE),
            fc.string({ minLength: 1, maxLength: 30, unit: "grapheme-ascii" }),
            this.id(),
          ),
          hostileString(),
        );
      case "integer":
      case "number":
        return this.mix(
          fc.integer({ min: Math.ceil(schema.minimum ?? -5), max: Math.floor(schema.maximum ?? 500) }),
          hostileNumber(),
        );
      case "boolean":
        return fc.boolean();
      case "array":
        return depth > 3
          ? fc.constant([])
          : fc.array(this.value(schema.items, depth + 1, name), { maxLength: depth === 0 ? 8 : 4 });
      case "object": {
        if (depth > 3 || !schema.properties)
          return fc.dictionary(fc.string({ maxLength: 8 }), anyJson(), { maxKeys: 3 });
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, property] of Object.entries(schema.properties))
          record[key] = this.value(property, depth + 1, key);
        const required = (schema.required ?? []).filter((key) => key in record);
        // Required keys are usually present; sometimes missing.
        return fc.oneof(
          { weight: 5, arbitrary: fc.record(record, { requiredKeys: required }) },
          { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
        );
      }
      default:
        return anyJson();
    }
  }

  /** The raw body and its content type: JSON of the schema, or malformed, or of the wrong type. */
  private body(operation: Operation): fc.Arbitrary<{ type?: string; body?: string }> {
    const content = operation.requestBody?.content ?? {};
    const jsonSchema = content["application/json"]?.schema;
    const wrong = fc.record({
      type: fc.constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "text/csv",
        "text/vcard",
        "application/octet-stream",
      ),
      body: fc.oneof(
        hostileString(),
        fc.constantFrom(
          "a=1&firstName=Mallory",
          '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--x--',
        ),
      ),
    });
    const malformed = fc.record({
      type: fc.constant("application/json"),
      body: fc.constantFrom(
        "{",
        '{"a":',
        "[",
        "nul",
        '"\\ud800"',
        "{}}",
        "\u0000",
        "",
        "1e999999",
        '{"__proto__":{"x":1}}',
      ),
    });
    const csvLike = fc.record({
      type: fc.constantFrom("text/csv", "text/vcard", "application/json"),
      body: fc.oneof(
        fc.constantFrom(
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,ada@example.org,Engines,Analyst,24 Nov 2026\n",
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZoë,\u202E,https://www.linkedin.com/in/zz,bad,X,Y,31 Feb 0000\n",
          "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nN:Lovelace;Ada;;;\r\nBDAY:00000101\r\nTZ:Not/AZone\r\nEND:VCARD\r\n",
          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEMAIL:\r\nEND:VCARD\r\n",
          '{"format":"coffeechat-backup","version":1,"tables":{"contacts":[{"id":"x"}]}}',
        ),
        hostileString(),
      ),
    });
    const json = jsonSchema
      ? this.value(jsonSchema).map((v) => ({ type: "application/json", body: JSON.stringify(v) ?? "null" }))
      : fc.constant({});
    return fc.oneof(
      { weight: 12, arbitrary: json },
      { weight: 1, arbitrary: malformed },
      { weight: 1, arbitrary: wrong },
      { weight: content["text/csv"] ? 6 : 0, arbitrary: csvLike },
      { weight: 1, arbitrary: fc.constant({}) },
    );
  }

  private paramValue(parameter: Parameter, template: string): fc.Arbitrary<string> {
    const schema = this.resolve(parameter.schema);
    if (parameter.in === "path" && parameter.name === "id") return this.id(template.split("/")[2]);
    if (parameter.in === "path" && parameter.name === "token") return this.id("feeds");
    const kind = kindOf(parameter.name);
    if (kind) return this.id(kind);
    return this.mix(this.shaped(schema, 3), hostileString()).map((v) =>
      typeof v === "string" ? v : (JSON.stringify(v) ?? ""),
    );
  }

  /** Every operation of the document, as one arbitrary of requests. */
  requests(): fc.Arbitrary<FuzzRequest> {
    const operations: fc.Arbitrary<FuzzRequest>[] = [];
    for (const [template, byMethod] of Object.entries(this.doc.paths)) {
      for (const [method, operation] of Object.entries(byMethod)) {
        operations.push(this.request(template, method.toUpperCase(), operation));
      }
    }
    return fc.oneof(...operations);
  }

  private request(template: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
    const parameters = operation.parameters ?? [];
    const path = parameters.filter((p) => p.in === "path");
    const query = parameters.filter((p) => p.in === "query");
    const pathValues = fc.tuple(...path.map((p) => this.paramValue(p, template)));
    const queryValues = fc.tuple(
      ...query.map((p) => fc.option(this.paramValue(p, template), { nil: undefined, freq: 2 })),
    );
    return fc
      .record({ pathValues, queryValues, body: this.body(operation) })
      .map(({ pathValues, queryValues, body }) => {
        let url = template;
        path.forEach((p, i) => {
          url = url.replace(`{${p.name}}`, encodeLoosely(pathValues[i] as string));
        });
        const search = new URLSearchParams();
        query.forEach((p, i) => {
          const value = queryValues[i];
          if (value !== undefined) search.append(p.name, value);
        });
        const qs = search.toString();
        const withBody = method !== "GET" && method !== "DELETE" && body.body !== undefined;
        return {
          method,
          path: qs ? `${url}?${qs}` : url,
          headers: (withBody && body.type ? { "content-type": body.type } : {}) as Record<string, string>,
          ...(withBody ? { body: body.body } : {}),
        };
      });
  }
}

/** Percent-encodes a path segment; a lone surrogate becomes bytes that are not UTF-8 (%ED%A0%80). */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch)))
      .join("");
  }
}

/** The request as a curl command line, to reproduce a failure by hand. */
export function asCurl(request: FuzzRequest, base: string): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `-H ${JSON.stringify(`${k}: ${v}`)}`);
  const body =
    request.body === undefined
      ? ""
      : ` --data-binary ${JSON.stringify(request.body.length > 300 ? `${request.body.slice(0, 300)}…(${request.body.length} chars)` : request.body)}`;
  return `curl -X ${request.method} ${headers.join(" ")} '${base}${request.path}'${body}`;
}

/** Whether an error answer has our shape: { error: { code, message, field? } } (and `allowed` on 409). */
export function isErrorShape(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== "error") return false;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return false;
  const e = error as Record<string, unknown>;
  if (typeof e.code !== "string" || typeof e.message !== "string" || e.message === "") return false;
  if ("field" in e && typeof e.field !== "string") return false;
  return Object.keys(e).every((k) => ["code", "message", "field", "allowed"].includes(k));
}
