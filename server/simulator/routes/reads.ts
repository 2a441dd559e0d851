// Reads next to the lookup, on v12 and v20: cases, customers and activities by ids (§4.1, §5, §6.2),
// a case's activities (§6.1, D17) and the custom attribute metadata of cases (§4.3, D5).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute, type SimulatorContext } from '../api-route.ts';
import { errors } from '../errors.ts';
import { isLabelKey, label } from '../i18n.ts';
import {
  PAGING_PARAMETERS,
  SORT_PARAMETERS,
  checkKnownParameters,
  oneOf,
  readPaging,
  readSort,
  single,
} from '../http-checks.ts';
import { createSerializer, type Json } from '../serialize.ts';
import { ACTIVITY_SORT_FIELDS, matchesOf } from '../store.ts';
import {
  ACTIVITY_FILTERS,
  activityFilter,
  canSee,
  noContent,
  pageBody,
  parseIdList,
  readActivityAttributes,
  readCaseAttributes,
  visibilityOf,
} from './listing.ts';

const idsParameter = z.object({ ids: z.string() });

function idsOf(params: unknown): number[] {
  const parsed = idsParameter.safeParse(params);
  if (!parsed.success) throw errors.invalidPathValue('', 'An ID list is expected.');
  return parseIdList(parsed.data.ids);
}

/** The found records in the requested order; 404-101 only when none of the ids exists (D16). */
function foundOrNotFound<T>(ids: readonly number[], find: (id: number) => T | undefined): T[] {
  const found: T[] = [];
  for (const id of ids) {
    const record = find(id);
    if (record !== undefined) found.push(record);
  }
  if (found.length === 0) throw errors.idsNotFound(ids.map(String));
  return found;
}

export function registerReadRoutes(
  scope: FastifyInstance,
  context: SimulatorContext,
  prefix: string,
): void {
  const { store } = context;

  for (const version of ['v12', 'v20'] as const) {
    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/case/attributes`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, language }) => {
        checkKnownParameters(query, oneOf(['$attribute']));
        const attribute = single(query, '$attribute');
        if (attribute === undefined) throw errors.missingQueryParameters(['$attribute']);
        if (attribute !== 'custom') throw errors.unsupportedQueryValue('$attribute', ['custom']);
        const definitions = store.dataset.customAttributes;
        if (definitions.length === 0) return noContent();
        return {
          status: 200,
          body: {
            attribute: definitions.map(({ name, dataType }) => {
              const key = `attribute.${name}`;
              return { name, displayName: isLabelKey(key) ? label(language, key) : name, dataType };
            }),
            resource: 'case',
          },
        };
      },
    });

    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/case/:ids`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, params, user, language }) => {
        checkKnownParameters(query, oneOf(['$attribute']));
        const attributes = readCaseAttributes(query, store);
        const visibility = visibilityOf(user);
        const cases = foundOrNotFound(idsOf(params), (id) => {
          const record = store.caseById(id);
          return record !== undefined && canSee(visibility, record.departmentId)
            ? record
            : undefined;
        });
        const serializer = createSerializer(store, version, language, context.shape);
        return {
          status: 200,
          body: { case: cases.map((record) => serializer.caseDetail(record, attributes)) },
        };
      },
    });

    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/customer/:ids`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, params, language }) => {
        checkKnownParameters(query, () => false);
        // Customer departmentalisation is off in the simulator: every agent may read every customer.
        const customers = foundOrNotFound(idsOf(params), (id) => store.customerById(id));
        const serializer = createSerializer(store, version, language, context.shape);
        return { status: 200, body: { customer: customers.map(serializer.customer) } };
      },
    });

    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/activity`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, user, language }) => {
        checkKnownParameters(
          query,
          oneOf(['case', ...ACTIVITY_FILTERS, '$attribute', ...PAGING_PARAMETERS, ...SORT_PARAMETERS]),
        );
        const paging = readPaging(query);
        const caseText = single(query, 'case');
        if (caseText !== undefined && !/^\d{1,15}$/.test(caseText))
          throw errors.invalidPositiveInteger(caseText);
        const { sort, orderWithoutSort } = readSort(query, ACTIVITY_SORT_FIELDS);
        if (orderWithoutSort) throw errors.missingQueryParameters(['$sort']);
        const attributes = readActivityAttributes(query);
        const keep = activityFilter(query);
        if (caseText === undefined) throw errors.missingQueryParameters(['case']);
        const record = store.caseById(Number(caseText));
        if (record === undefined || !canSee(visibilityOf(user), record.departmentId))
          return noContent();
        const serializer = createSerializer(store, version, language, context.shape);
        const page: Json | undefined = pageBody(
          'activity',
          matchesOf(store.activitiesOfCase(record, sort).filter(keep)),
          paging,
          (activity) => serializer.activity(activity, attributes),
        );
        return page === undefined ? noContent() : { status: 200, body: page };
      },
    });

    registerApiRoute(scope, context, prefix, {
      method: 'GET',
      url: `/${version}/interaction/activity/:ids`,
      auth: 'session',
      acceptJson: true,
      handler: ({ query, params, user, language }) => {
        checkKnownParameters(query, () => false);
        const visibility = visibilityOf(user);
        const activities = foundOrNotFound(idsOf(params), (id) => {
          const activity = store.activityById(id);
          return activity !== undefined && canSee(visibility, activity.departmentId)
            ? activity
            : undefined;
        });
        const serializer = createSerializer(store, version, language, context.shape);
        return { status: 200, body: { activity: activities.map((activity) => serializer.activity(activity)) } };
      },
    });
  }
}
