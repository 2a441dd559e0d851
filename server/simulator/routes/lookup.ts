// Case lookup (POST, v20 only, §3) and the older GET case search that customers' `cases` links
// point to (§4.2). Checks follow §9 and D16: 401, 406, 400-101, 400-105, 400-102, 415-100, 400-100,
// 400-112, then the body's attributes.
import type { FastifyInstance } from 'fastify';
import { registerApiRoute, type SimulatorContext } from '../api-route.ts';
import { CASE_STATUSES } from '../data/model.ts';
import { errors } from '../errors.ts';
import {
  PAGING_PARAMETERS,
  SORT_PARAMETERS,
  checkKnownParameters,
  oneOf,
  readJsonObject,
  readPaging,
  readSort,
  single,
} from '../http-checks.ts';
import { parseLookupBody } from '../lookup-body.ts';
import { createSerializer } from '../serialize.ts';
import { CASE_SORT_FIELDS, digitsOf, type CaseCriteria, type CustomCriterion } from '../store.ts';
import { noContent, pageBody, readCaseAttributes, visibilityOf } from './listing.ts';

const LOOKUP_PARAMETERS = [...PAGING_PARAMETERS, ...SORT_PARAMETERS, '$attribute'];
const SEARCH_CRITERIA = ['customer', 'email', 'phone', 'status'] as const;

export function registerLookupRoutes(
  scope: FastifyInstance,
  context: SimulatorContext,
  prefix: string,
): void {
  const { store } = context;

  registerApiRoute(scope, context, prefix, {
    method: 'POST',
    url: '/v20/interaction/case/lookup',
    auth: 'session',
    acceptJson: true,
    handler: ({ query, contentType, bodyText, user, language }) => {
      checkKnownParameters(query, oneOf(LOOKUP_PARAMETERS));
      const paging = readPaging(query);
      const { sort, orderWithoutSort } = readSort(query, CASE_SORT_FIELDS);
      const attributes = readCaseAttributes(query, store);
      const body = readJsonObject(contentType, bodyText);
      if (orderWithoutSort) throw errors.missingQueryParameters(['$sort']);
      const criteria = parseLookupBody(body);
      const matches = store.findCases(criteria, visibilityOf(user), sort);
      const serializer = createSerializer(store, 'v20', language, context.shape);
      const page = pageBody('case', matches, paging, (record) =>
        serializer.caseSummary(record, attributes),
      );
      return page === undefined ? noContent() : { status: 200, body: page };
    },
  });

  const customNames = store.dataset.customAttributes.map((a) => `custom.${a.name}`);
  for (const version of ['v12', 'v20'] as const) {
    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/case`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, user, language }) => {
        checkKnownParameters(
          query,
          oneOf([...LOOKUP_PARAMETERS, ...SEARCH_CRITERIA, ...customNames]),
        );
        const paging = readPaging(query);
        const { sort, orderWithoutSort } = readSort(query, CASE_SORT_FIELDS);
        const attributes = readCaseAttributes(query, store);
        if (orderWithoutSort) throw errors.missingQueryParameters(['$sort']);
        const criteria = searchCriteria(query, customNames);
        const matches = store.findCases(criteria, visibilityOf(user), sort);
        const serializer = createSerializer(store, version, language, context.shape);
        const page = pageBody('case', matches, paging, (record) =>
          serializer.caseSummary(record, attributes),
        );
        return page === undefined ? noContent() : { status: 200, body: page };
      },
    });
  }
}

/** Criteria of the GET search; query values that cannot match anything are 400-102. */
function searchCriteria(query: URLSearchParams, customNames: readonly string[]): CaseCriteria {
  const customer = single(query, 'customer');
  const email = single(query, 'email');
  const phone = single(query, 'phone');
  const status = single(query, 'status');
  const custom: CustomCriterion[] = [];
  for (const name of customNames) {
    const value = single(query, name);
    if (value !== undefined) custom.push({ name: name.slice('custom.'.length), value });
  }
  if ([customer, email, phone, status].every((v) => v === undefined) && custom.length === 0) {
    throw errors.missingQueryParameters([...SEARCH_CRITERIA, 'custom.<name>']);
  }
  if (customer !== undefined && !/^\d{1,15}$/.test(customer))
    throw errors.invalidPositiveInteger(customer);
  const phoneDigits = phone === undefined ? undefined : digitsOf(phone);
  if (phoneDigits === '') throw errors.unsupportedQueryValue('phone', ['a phone number']);
  const caseStatus = status === undefined ? undefined : CASE_STATUSES.find((s) => s === status);
  if (status !== undefined && caseStatus === undefined)
    throw errors.unsupportedQueryValue('status', CASE_STATUSES);
  return {
    ...(customer === undefined ? {} : { customer: Number(customer) }),
    ...(email === undefined ? {} : { email }),
    ...(phoneDigits === undefined ? {} : { phone: phoneDigits }),
    ...(caseStatus === undefined ? {} : { status: caseStatus }),
    ...(custom.length === 0 ? {} : { custom }),
  };
}
