// Wire shapes of cases, customers and activities. Key order follows the API examples exactly
// (the seed lookup response must be byte-identical), so objects are built field by field.
import type { Activity, CaseRecord, ContactPoint, Customer } from './data/model.ts';
import { label, type Language } from './i18n.ts';
import type { Store } from './store.ts';

export type ApiVersion = 'v12' | 'v20';

/**
 * `contract`: the shapes of the API contract's examples (arrays of links, string ids, every field
 * filled). `ece`: what public clients of real ECE servers cope with (docs/decisions/026): single
 * links as objects, numeric ids, some nulls in optional fields, some dates as bare ISO strings
 * (eGain v3 style, with `lastModifiedBy`), and `created` on activities only when asked for.
 */
export type SimulatorShape = 'contract' | 'ece';
export const SIMULATOR_SHAPES = ['contract', 'ece'] as const satisfies readonly SimulatorShape[];

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Extra case attributes the simulator can add with `$attribute`. */
export interface CaseAttributes {
  readonly created: boolean;
  readonly lastClosed: boolean;
  /** Names of the custom attributes to include. */
  readonly custom: readonly string[];
}

/** Extra activity attributes (`$attribute` on activity searches). */
export interface ActivityAttributes {
  readonly created: boolean;
}

export const NO_EXTRA_ATTRIBUTES: CaseAttributes = {
  created: false,
  lastClosed: false,
  custom: [],
};

/** Hrefs always carry the context root, whatever prefix the request used. */
const base = (version: ApiVersion): string => `/system/ws/${version}`;
const iso = (ms: number): string => new Date(ms).toISOString();

export interface Serializer {
  readonly caseSummary: (record: CaseRecord, attributes: CaseAttributes) => JsonObject;
  readonly caseDetail: (record: CaseRecord, attributes: CaseAttributes) => JsonObject;
  readonly customer: (customer: Customer) => JsonObject;
  readonly activity: (activity: Activity, attributes?: ActivityAttributes) => JsonObject;
}

export function createSerializer(
  store: Store,
  version: ApiVersion,
  language: Language,
  shape: SimulatorShape = 'contract',
): Serializer {
  const root = base(version);
  const ece = shape === 'ece';
  /** `link`: an array in the contract, a bare object where there is one in the ECE shape. */
  const link = (rel: string, href: string): Json => (ece ? { rel, href } : [{ rel, href }]);
  /** Ids: strings in the contract, numbers in the ECE shape (where they are numeric). */
  const idOf = (id: number | string): Json =>
    ece && /^\d{1,15}$/.test(String(id)) ? Number(id) : String(id);

  const userRef = (userId: string): JsonObject => {
    const user = store.userById(userId);
    return { name: user?.name ?? userId, id: idOf(userId) };
  };

  const department = (departmentId: string): JsonObject => {
    const { name, id } = store.departmentById(departmentId);
    return { name, id: idOf(id) };
  };

  const customerRef = (customerId: number): JsonObject => {
    const customer = store.customerById(customerId);
    return {
      link: link('customer', `${root}/interaction/customer/${customerId}`),
      customerName: customer?.customerName ?? '',
      id: idOf(customerId),
    };
  };

  function caseFields(record: CaseRecord, detail: boolean, attributes: CaseAttributes): JsonObject {
    const body: JsonObject = {
      link: link('self', `${root}/interaction/case/${record.id}`),
      activities: {
        link: link('activity', `${root}/interaction/activity?case=${record.id}`),
      },
      department: department(record.departmentId),
      status: {
        value: record.status,
        displayValue: label(language, `case.status.${record.status}`),
      },
      lastModified: { user: userRef(record.lastModifiedBy), date: iso(record.lastModified) },
    };
    if (ece && record.id % 5 === 0) {
      // eGain v3 style: the date as a string, the user beside it.
      body.lastModified = iso(record.lastModified);
      body.lastModifiedBy = userRef(record.lastModifiedBy);
    } else if (ece && record.id % 5 === 1) {
      body.lastModified = { user: null, date: iso(record.lastModified) };
    }
    if (detail) {
      body.dueDate = iso(record.dueDate);
      const owner = record.ownerId === null ? undefined : store.userById(record.ownerId);
      const folder = record.status === 'open' ? 'cases_open' : 'cases_closed';
      const folderRef: JsonObject = {
        name: { value: folder, displayValue: label(language, `folder.${folder}`) },
        id: record.status === 'open' ? '13' : '14',
      };
      body.owner = owner
        ? {
            user: {
              name: owner.name,
              firstName: owner.firstName,
              lastName: owner.lastName,
              id: owner.id,
            },
            folder: folderRef,
          }
        : { folder: folderRef };
    }
    body.customer = customerRef(record.customerId);
    body.severity = {
      value: record.severity,
      displayValue: label(language, `severity.${record.severity}`),
    };
    body.subject = record.subject;
    body.id = idOf(record.id);
    if (attributes.created) body.created = { date: iso(record.created) };
    if (attributes.lastClosed && record.lastClosed !== null)
      body.lastClosed = { date: iso(record.lastClosed) };
    if (attributes.custom.length > 0) {
      body.customAttributes = {
        customAttribute: attributes.custom.map((name) => ({
          attribName: name,
          attribValues: { attribValue: [{ value: record.custom[name] ?? '' }] },
        })),
      };
    }
    return body;
  }

  function contactPoint(point: ContactPoint): JsonObject {
    if (point.kind === 'email') {
      const body: JsonObject = {
        id: idOf(point.id),
        type: { value: 'email', email: { emailAddress: point.emailAddress } },
      };
      if (point.primary) body.priority = { value: 'high' };
      return body;
    }
    return {
      id: idOf(point.id),
      type: {
        value: 'phone',
        phone: {
          type: { value: point.phoneType },
          phoneNo: point.phoneNo,
          countryCode: point.countryCode,
        },
      },
    };
  }

  return {
    caseSummary: (record, attributes) => caseFields(record, false, attributes),
    caseDetail: (record, attributes) => caseFields(record, true, attributes),
    customer: (customer) => ({
      link: link('self', `${root}/interaction/customer/${customer.id}`),
      cases: { link: link('case', `${root}/interaction/case?customer=${customer.id}`) },
      id: idOf(customer.id),
      customerName: customer.customerName,
      department: department(customer.departmentId),
      type: {
        value: customer.type,
        displayValue: label(language, `customer.type.${customer.type}`),
      },
      lastModified: { date: iso(customer.lastModified) },
      contactPersons: {
        contactPerson: customer.contactPersons.map((person) => {
          const body: JsonObject = {
            id: idOf(person.id),
            // Real servers send null for a salutation nobody entered.
            salutation: ece && customer.id % 3 === 0 ? null : person.salutation,
            firstName: person.firstName,
          };
          if (person.middleName !== null) body.middleName = person.middleName;
          else if (ece) body.middleName = null;
          body.lastName = person.lastName;
          body.contactPoints = { contactPoint: person.contactPoints.map(contactPoint) };
          return body;
        }),
      },
    }),
    activity: (activity, attributes = { created: !ece }) => ({
      link: link('self', `${root}/interaction/activity/${activity.id}`),
      case: {
        link: link('case', `${root}/interaction/case/${activity.caseId}`),
        id: idOf(activity.caseId),
      },
      department: department(activity.departmentId),
      mode: {
        value: activity.mode,
        displayValue: label(language, `activity.mode.${activity.mode}`),
      },
      type: {
        value: activity.type,
        displayValue: label(language, `activity.type.${activity.type}`),
        subtype: { value: 'general', displayValue: label(language, 'activity.subtype.general') },
      },
      status: {
        value: activity.status,
        displayValue: label(language, `activity.status.${activity.status}`),
        substatus: {
          value: activity.substatus,
          displayValue: label(language, `activity.substatus.${activity.substatus}`),
        },
      },
      subject: ece && activity.id % 13 === 0 ? null : activity.subject,
      customer: {
        id: idOf(activity.customerId),
        customerName: store.customerById(activity.customerId)?.customerName ?? '',
      },
      // The contract's example carries `created` by default; real clients ask for it (§6.1).
      ...(attributes.created || !ece
        ? {
            created:
              ece && activity.id % 3 === 0
                ? iso(activity.created)
                : { date: iso(activity.created) },
          }
        : {}),
      lastModified: { date: iso(activity.lastModified) },
      id: idOf(activity.id),
    }),
  };
}
