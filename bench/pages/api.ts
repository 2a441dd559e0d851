// What both reference pages share: sign-in, the lookup request exactly as the product sends it,
// and a cheap hand-written reader of the answer (type checks only, the least a correct page does).
// These pages exist for the bench alone (bench/pages-build.ts); they are never part of dist/.

export const API = '/system/ws';
const PASSWORD = 'egain-demo';

export interface Row {
  id: string;
  subject: string;
  customerId: string;
  customerName: string;
  status: { value: string; text: string } | undefined;
  severity: { value: string; text: string } | undefined;
  department: string;
  lastModified: string | undefined;
}

export interface LookupPage {
  rows: Row[];
  count: number | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

function displayValue(value: unknown): Row['status'] {
  const raw = text(field(value, 'value'));
  const shown = text(field(value, 'displayValue')) || raw;
  return raw || shown ? { value: raw, text: shown } : undefined;
}

function readRow(value: unknown): Row | undefined {
  const id = text(field(value, 'id'));
  if (!id) return undefined;
  const customer = field(value, 'customer');
  const modified = text(field(field(value, 'lastModified'), 'date'));
  return {
    id,
    subject: text(field(value, 'subject')),
    customerId: text(field(customer, 'id')),
    customerName: text(field(customer, 'customerName')),
    status: displayValue(field(value, 'status')),
    severity: displayValue(field(value, 'severity')),
    department: text(field(field(value, 'department'), 'name')),
    lastModified: modified || undefined,
  };
}

export function readLookup(body: unknown): LookupPage {
  const list = field(body, 'case');
  const rows = (Array.isArray(list) ? list : []).map(readRow).filter((row) => row !== undefined);
  const count = Number(field(field(body, 'paginationInfo'), 'count'));
  return { rows, count: Number.isFinite(count) ? count : undefined };
}

let session = '';

function headers(json: boolean): Headers {
  const result = new Headers({ Accept: 'application/json', 'Accept-Language': 'en-US' });
  if (json) result.set('Content-Type', 'application/json');
  if (session) result.set('X-egain-session', session);
  return result;
}

/** Signs in as `user` (the bench passes it in the page URL) and keeps the session id. */
export async function signIn(user: string): Promise<void> {
  const response = await fetch(`${API}/v12/authentication/user/login`, {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify({ userName: user, password: PASSWORD }),
  });
  session = response.headers.get('X-egain-session') ?? '';
  if (!response.ok || !session) throw new Error(`sign-in answered ${response.status}`);
}

export async function signOut(): Promise<void> {
  await fetch(`${API}/v12/authentication/user/logout`, {
    method: 'DELETE',
    headers: headers(false),
  });
  session = '';
}

/** The answer's text: each page parses it itself, as a peer page would. */
export async function lookupText(
  department: string,
  page: number,
  pageSize: number,
): Promise<string> {
  const query = new URLSearchParams({ $pagenum: String(page), $pagesize: String(pageSize) });
  const response = await fetch(`${API}/v20/interaction/case/lookup?${query.toString()}`, {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify({ department }),
  });
  if (response.status === 204) return '{}';
  if (!response.ok) throw new Error(`lookup answered ${response.status}`);
  return response.text();
}

/** The customer read of the customer pane. */
export async function customerText(id: string): Promise<string> {
  const response = await fetch(`${API}/v20/interaction/customer/${encodeURIComponent(id)}`, {
    headers: headers(false),
  });
  if (!response.ok) throw new Error(`customer answered ${response.status}`);
  return response.text();
}

export interface CustomerView {
  name: string;
  id: string;
  lines: string[];
}

/** Name, ID, type, department and every email and phone, as the product's pane shows them. */
export function readCustomer(body: unknown): CustomerView {
  const customer: unknown = (() => {
    const list = field(body, 'customer');
    const first: unknown = Array.isArray(list) ? list[0] : list;
    return first;
  })();
  const wrapped = field(customer, 'contactPersons');
  const persons = Array.isArray(wrapped) ? wrapped : field(wrapped, 'contactPerson');
  const lines: string[] = [
    `Type: ${text(field(field(customer, 'type'), 'displayValue'))}`,
    `Department: ${text(field(field(customer, 'department'), 'name'))}`,
  ];
  let name = '';
  for (const person of Array.isArray(persons) ? persons : []) {
    const personName = [field(person, 'firstName'), field(person, 'lastName')].map(text).join(' ');
    name ||= personName.trim();
    lines.push(personName);
    const pointsWrapper = field(person, 'contactPoints');
    const points = Array.isArray(pointsWrapper)
      ? pointsWrapper
      : field(pointsWrapper, 'contactPoint');
    for (const point of Array.isArray(points) ? points : []) {
      const kind = field(point, 'type');
      const email = text(field(field(kind, 'email'), 'emailAddress'));
      const phone = text(field(field(kind, 'phone'), 'phoneNo'));
      if (email || phone) lines.push(email || phone);
    }
  }
  return {
    name: name || text(field(customer, 'customerName')),
    id: text(field(customer, 'id')),
    lines,
  };
}

/** `?user=qa20&size=75`: who signs in and how many rows a page has. */
export function pageSettings(): { user: string; pageSize: number } {
  const params = new URLSearchParams(window.location.search);
  const pageSize = Number(params.get('size') ?? '25');
  return { user: params.get('user') ?? 'qa20', pageSize: pageSize > 0 ? pageSize : 25 };
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
};

export function lastPage(count: number | undefined, pageSize: number): number {
  return count === undefined ? 1 : Math.max(1, Math.ceil(count / pageSize));
}
