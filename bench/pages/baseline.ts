// The plain-DOM baseline: fetch → JSON.parse → rows built with createElement → painted. The
// nearest thing to the limit of what a page can do with the same answer on the same machine.
import {
  customerText,
  formatDate,
  lastPage,
  lookupText,
  pageSettings,
  readCustomer,
  readLookup,
  signIn,
  type LookupPage,
  type Row,
} from './api.ts';

const { user, pageSize } = pageSettings();

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const COLUMNS = [
  'Case ID',
  'Subject',
  'Customer',
  'Status',
  'Severity',
  'Department',
  'Last modified',
  'Activities',
];

const department = element('input', { type: 'text', id: 'department' });
const searchButton = element('button', { type: 'button', textContent: 'Search' });
const form = element(
  'search',
  {},
  element('label', { htmlFor: 'department', textContent: 'Department' }),
  department,
  searchButton,
);
form.setAttribute('aria-label', 'Case search');

const tbody = element('tbody');
const table = element(
  'table',
  {},
  element('caption', { textContent: 'Cases' }),
  element(
    'thead',
    {},
    element('tr', {}, ...COLUMNS.map((name) => element('th', { scope: 'col', textContent: name }))),
  ),
  tbody,
);
const nextButton = element('button', { type: 'button', textContent: 'Next page' });
const lastButton = element('button', { type: 'button', textContent: 'Last page' });
const nav = element('nav', {}, nextButton, lastButton);
nav.setAttribute('aria-label', 'Pagination');
const pane = element('div');
const status = element('p', { role: 'status' });
document.getElementById('page')?.append(form, status, table, nav, pane);

function badge(kind: string, value: Row['status']): Node {
  if (!value) return document.createTextNode('—');
  const tone = value.value.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return element('span', {
    className: `badge badge-${kind} badge-${kind}-${tone}`,
    textContent: value.text,
  });
}

function rowElement(row: Row): HTMLTableRowElement {
  const customer = row.customerId
    ? element('a', {
        href: `#customer=${row.customerId}`,
        textContent: row.customerName || `Customer ${row.customerId}`,
      })
    : document.createTextNode(row.customerName || 'Unknown customer');
  if (customer instanceof HTMLAnchorElement) customer.dataset.customer = row.customerId;
  const modified = row.lastModified
    ? element('time', { dateTime: row.lastModified, textContent: formatDate(row.lastModified) })
    : document.createTextNode('—');
  const activities = element('a', { href: `#activities=${row.id}`, textContent: 'Activities' });
  activities.setAttribute('aria-label', `Activities for case ${row.id}`);
  return element(
    'tr',
    {},
    element('td', { textContent: row.id }),
    element('td', { textContent: row.subject }),
    element('td', {}, customer),
    element('td', {}, badge('status', row.status)),
    element('td', {}, badge('severity', row.severity)),
    element('td', { textContent: row.department }),
    element('td', {}, modified),
    element('td', {}, activities),
  );
}

let criterion = '';
let page = 1;
let count: number | undefined;
/** The page after the one shown, loaded in the background as the product does. */
let prefetched: { page: number; criterion: string; answer: Promise<LookupPage> } | undefined;

const load = async (n: number): Promise<LookupPage> =>
  readLookup(JSON.parse(await lookupText(criterion, n, pageSize)));

function show(answer: LookupPage, n: number): void {
  page = n;
  count = answer.count ?? count;
  tbody.replaceChildren(...answer.rows.map(rowElement));
  status.textContent = `Page ${page} of ${lastPage(count, pageSize)}`;
  if (page < lastPage(count, pageSize)) {
    const answerPromise = load(page + 1);
    answerPromise.catch(() => undefined);
    prefetched = { page: page + 1, criterion, answer: answerPromise };
  }
}

async function go(n: number): Promise<void> {
  const ready =
    prefetched?.page === n && prefetched.criterion === criterion ? prefetched.answer : load(n);
  show(await ready, n);
}

const fail = (error: unknown): void => {
  status.textContent = error instanceof Error ? error.message : String(error);
};

searchButton.addEventListener('click', () => {
  criterion = department.value.trim();
  count = undefined;
  prefetched = undefined;
  go(1).catch(fail);
});
nextButton.addEventListener('click', () => void go(page + 1).catch(fail));
lastButton.addEventListener('click', () => void go(lastPage(count, pageSize)).catch(fail));

tbody.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-customer]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const id = link.dataset.customer ?? '';
  customerText(id)
    .then((body) => {
      const customer = readCustomer(JSON.parse(body));
      const heading = element('h2', {
        id: 'pane-heading',
        textContent: `Customer ${customer.name}`,
      });
      const section = element(
        'section',
        { className: 'pane' },
        heading,
        element('p', { textContent: `ID ${customer.id}` }),
        element('ul', {}, ...customer.lines.map((line) => element('li', { textContent: line }))),
      );
      section.setAttribute('aria-labelledby', 'pane-heading');
      pane.replaceChildren(section);
    })
    .catch(fail);
});

signIn(user).then(() => document.body.setAttribute('data-ready', 'true'), fail);
