/**
 * Zoho's own contract for the Desk API, as the tests hold the client and the sandbox to it:
 * every request the client sends and every answer the sandbox gives is compared with the facts
 * in zoho-desk-contract.json (copied from Zoho's OpenAPI files; where from: its `source`, and
 * test/contract/README.md). A mismatch is a sentence naming the endpoint and the field.
 */
import { readFileSync } from 'node:fs';

type FieldSpec =
  | string
  | { type: string; enum?: unknown[]; fields?: Record<string, FieldSpec>; items?: FieldSpec; required?: string[] | 'all' };

interface QuerySpec {
  name: string;
  required: boolean;
  type: string;
  items?: { type: string; enum?: string[] };
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  /** Values the prose allows beyond the declared type (test/contract/README.md, "What the checks decide where the files surprise"). */
  alsoAccepts?: string[];
  /** A leading `-` sorts descending, as Zoho's guide says and the pattern admits. */
  descendingPrefix?: boolean;
  /** Zoho's pattern is `([0-9]+)`: an id or a count, digits only. */
  digitsOnly?: boolean;
}

interface AnswerSpec {
  shape: string;
  topLevel?: Record<string, string>;
  fields?: Record<string, FieldSpec>;
  item?: { fields: Record<string, FieldSpec>; required?: string[] | 'all' };
  required?: string[] | 'all';
  includeFields?: Record<string, FieldSpec & { include?: string }>;
  body?: string;
}

export interface Endpoint {
  path: string;
  scopes: string[];
  query: QuerySpec[];
  responses: Record<string, AnswerSpec | string>;
}

export interface Contract {
  errorCodes: string[];
  /** Fields typed as ISO strings whose examples in Zoho's files are epoch milliseconds. */
  timeFields: string[];
  /** The largest `limit` the tests let the client ask for where Zoho declares none. */
  saneLimit: number;
  endpoints: Endpoint[];
}

export const contract = JSON.parse(readFileSync(new URL('./zoho-desk-contract.json', import.meta.url), 'utf8')) as Contract;

/** The endpoint a request path is for: `/api/v1/tickets/123/threads` → `/api/v1/tickets/{ticketId}/threads`. */
export function endpointFor(path: string): Endpoint | undefined {
  // Literal paths first: /tickets/search is not the ticket whose id is "search".
  const literal = contract.endpoints.find((candidate) => candidate.path === path);
  if (literal) return literal;
  return contract.endpoints.find((candidate) => new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, '\\d+')}$`).test(path));
}

const DIGITS = /^\d+$/;

function valueProblems(name: string, value: string, spec: { type: string; enum?: string[] | undefined }, query: QuerySpec): string[] {
  if (query.alsoAccepts?.includes(value)) return [];
  const types = spec.type.split('|');
  const problems: string[] = [];
  const numeric = DIGITS.test(value);
  if (query.digitsOnly && !numeric) problems.push(`${name}=${JSON.stringify(value)} is not digits`);
  if (!types.includes('string') && (types.includes('integer') || types.includes('number')) && !numeric) {
    problems.push(`${name}=${JSON.stringify(value)} is not an integer`);
  }
  if (spec.enum) {
    const bare = query.descendingPrefix ? value.replace(/^-/, '') : value;
    if (!spec.enum.includes(bare)) problems.push(`${name}=${JSON.stringify(value)} is not one of ${spec.enum.join(', ')}`);
  }
  if (types.includes('boolean') && types.length === 1 && value !== 'true' && value !== 'false')
    problems.push(`${name}=${JSON.stringify(value)} is not true or false`);
  if (numeric && query.minimum !== undefined && Number(value) < query.minimum) problems.push(`${name}=${value} is below ${query.minimum}`);
  if (numeric && query.maximum !== undefined && Number(value) > query.maximum) problems.push(`${name}=${value} is above ${query.maximum}`);
  return problems;
}

/** What is wrong with a GET the client sent, by the contract; empty when nothing is. */
export function requestProblems(request: { method: string; path: string; query: Record<string, string> }): string[] {
  const at = `${request.method} ${request.path}`;
  const endpoint = endpointFor(request.path);
  if (!endpoint) return [`${at}: no such path in Zoho's contract`];
  if (request.method !== 'GET') return [`${at}: the client only reads, yet sent ${request.method}`];
  const problems: string[] = [];
  for (const spec of endpoint.query) {
    if (spec.required && !(spec.name in request.query)) problems.push(`${at}: required query parameter ${spec.name} is missing`);
  }
  for (const [name, value] of Object.entries(request.query)) {
    const spec = endpoint.query.find((candidate) => candidate.name === name);
    if (!spec) {
      problems.push(`${at}: query parameter ${name} is not declared`);
      continue;
    }
    if (spec.type === 'array') {
      const values = value.split(',');
      if (spec.maxItems !== undefined && values.length > spec.maxItems)
        problems.push(`${at}: ${name} has more than ${spec.maxItems} items`);
      for (const item of values)
        problems.push(...valueProblems(name, item, spec.items ?? { type: 'string' }, spec).map((p) => `${at}: ${p}`));
    } else {
      problems.push(...valueProblems(name, value, spec, spec).map((p) => `${at}: ${p}`));
    }
    if (spec.minLength !== undefined && value.length < spec.minLength) problems.push(`${at}: ${name} is shorter than ${spec.minLength}`);
    if (spec.maxLength !== undefined && value.length > spec.maxLength) problems.push(`${at}: ${name} is longer than ${spec.maxLength}`);
    if (name === 'limit' && spec.maximum === undefined && Number(value) > contract.saneLimit) {
      problems.push(`${at}: limit=${value} is past the sane limit of ${contract.saneLimit}`);
    }
  }
  return problems;
}

/** The JSON type of a value, as the contract's type unions name them. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeAllows(declared: string, value: unknown, field: string): boolean {
  const types = declared.split('|');
  const actual = jsonType(value);
  if (types.includes(actual) || (actual === 'integer' && types.includes('number'))) return true;
  // Zoho's own examples give these times as epoch milliseconds (test/contract/README.md, "What the checks decide where the files surprise").
  return actual === 'integer' && types.includes('string') && contract.timeFields.includes(field);
}

function fieldProblems(at: string, fields: Record<string, FieldSpec>, required: string[] | 'all' | undefined, value: unknown): string[] {
  if (jsonType(value) !== 'object') return [`${at} is ${jsonType(value)}, not an object`];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, field] of Object.entries(record)) {
    const spec = fields[name];
    if (spec === undefined) {
      problems.push(`${at}.${name} is not declared`);
      continue;
    }
    problems.push(...valueTypeProblems(`${at}.${name}`, name, spec, field));
  }
  const needed = required === 'all' ? Object.keys(fields) : (required ?? []);
  for (const name of needed) if (!(name in record)) problems.push(`${at}.${name} is required but missing`);
  return problems;
}

function valueTypeProblems(at: string, name: string, spec: FieldSpec, value: unknown): string[] {
  const declared = typeof spec === 'string' ? spec : spec.type;
  if (!typeAllows(declared, value, name)) return [`${at} is ${jsonType(value)}, the contract says ${declared}`];
  if (typeof spec === 'string' || value === null) return [];
  if (spec.enum && !spec.enum.includes(value)) return [`${at} is ${JSON.stringify(value)}, not one of ${spec.enum.join(', ')}`];
  if (spec.fields && jsonType(value) === 'object') return fieldProblems(at, spec.fields, spec.required, value);
  if (spec.items && Array.isArray(value))
    return value.flatMap((item, index) => valueTypeProblems(`${at}[${index}]`, name, spec.items!, item));
  return [];
}

/** The include-only fields a request asked for (`include=contacts,assignee`). */
function included(spec: AnswerSpec, include: string | undefined): Record<string, FieldSpec> {
  const asked = new Set((include ?? '').split(','));
  const extra: Record<string, FieldSpec> = {};
  for (const [name, field] of Object.entries(spec.includeFields ?? {})) {
    if (typeof field === 'object' && field.include !== undefined && asked.has(field.include)) extra[name] = field;
  }
  return extra;
}

/** What is wrong with an answer the sandbox gave, by the contract; empty when nothing is. */
export function answerProblems(answer: { path: string; query: Record<string, string>; status: number; body: unknown }): string[] {
  const at = `GET ${answer.path} → ${answer.status}`;
  const endpoint = endpointFor(answer.path);
  if (!endpoint) return [`${at}: no such path in Zoho's contract`];
  if (answer.status >= 400) {
    const body = answer.body as { errorCode?: unknown; message?: unknown } | null;
    if (!body || typeof body.message !== 'string' || !contract.errorCodes.includes(String(body.errorCode))) {
      return [`${at}: an error body must be {errorCode, message} with a declared errorCode`];
    }
    return [];
  }
  const spec = endpoint.responses[String(answer.status)];
  if (!spec || typeof spec === 'string') return [`${at}: the contract declares no ${answer.status} answer for this path`];
  if (answer.status === 204) return answer.body === undefined ? [] : [`${at}: a 204 has no body`];
  const extra = included(spec, answer.query['include']);
  if (spec.item) {
    const body = answer.body as Record<string, unknown>;
    const topLevel = spec.topLevel ?? {};
    const problems = [
      ...Object.keys(body ?? {})
        .filter((key) => !(key in topLevel))
        .map((key) => `${at}: top-level ${key} is not declared`),
      ...Object.entries(topLevel)
        .filter(([key, declared]) => declared.includes('(required)') && !(key in (body ?? {})))
        .map(([key]) => `${at}: top-level ${key} is required but missing`),
    ];
    // Some lists declare `data` as nullable: null is an empty list.
    if (body?.['data'] === null && topLevel['data']?.includes('null')) return problems;
    if (!Array.isArray(body?.['data'])) return [...problems, `${at}: data is not an array`];
    const item = { ...spec.item.fields, ...extra };
    return [
      ...problems,
      ...(body['data'] as unknown[]).flatMap((entry, index) => fieldProblems(`${at}: data[${index}]`, item, spec.item!.required, entry)),
    ];
  }
  return fieldProblems(`${at}: body`, { ...(spec.fields ?? {}), ...extra }, spec.required, answer.body);
}

/** Fails, naming each mismatch, when a sandbox run saw anything that breaks the contract. */
export function assertWithinContract(state: Parameters<typeof contractProblems>[0]): void {
  const problems = contractProblems(state);
  if (problems.length > 0) throw new Error(`Outside Zoho's contract:\n${problems.join('\n')}`);
}

/** Everything a sandbox run saw that breaks the contract: its requests to Desk, and its own answers. */
export function contractProblems(state: {
  readonly log: readonly { server: string; method: string; path: string; query: Record<string, string> }[];
  readonly answers: readonly { path: string; query: Record<string, string>; status: number; body: unknown; played: boolean }[];
}): string[] {
  const requests = state.log.filter((request) => request.server === 'desk' && request.path.startsWith('/api/v1/'));
  const answers = state.answers.filter((answer) => !answer.played);
  return [...new Set([...requests.flatMap(requestProblems), ...answers.flatMap(answerProblems)])];
}
