// The simulator's in-memory records. Ids are numbers inside and strings on the wire; dates are epoch ms.

import type { CaseStatus } from '../../../contract/egain.ts';
export { CASE_STATUSES, type CaseStatus } from '../../../contract/egain.ts';

export type Severity = 'urgent' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['urgent', 'high', 'medium', 'low'];

export interface Department {
  readonly id: string;
  readonly name: string;
}

export interface User {
  readonly id: string;
  readonly loginId: string;
  /** Display name, as in `lastModified.user.name` ("Frank"). */
  readonly name: string;
  readonly firstName: string;
  readonly lastName: string;
  /** Home department; null for accounts that see every department (supervisor, qa*). */
  readonly departmentId: string | null;
}

export interface EmailPoint {
  readonly kind: 'email';
  readonly id: string;
  readonly emailAddress: string;
  readonly primary: boolean;
}

export interface PhonePoint {
  readonly kind: 'phone';
  readonly id: string;
  readonly phoneType: 'home' | 'mobile' | 'office';
  /** As stored, possibly formatted ("(415) 555-0134"); lookups compare digits only. */
  readonly phoneNo: string;
  readonly countryCode: string;
}

export type ContactPoint = EmailPoint | PhonePoint;

export interface ContactPerson {
  readonly id: string;
  readonly salutation: string;
  readonly firstName: string;
  readonly middleName: string | null;
  readonly lastName: string;
  readonly contactPoints: readonly ContactPoint[];
}

export type CustomerType = 'individual' | 'corporate';

export interface Customer {
  readonly id: number;
  readonly customerName: string;
  readonly type: CustomerType;
  readonly departmentId: string;
  readonly lastModified: number;
  readonly contactPersons: readonly ContactPerson[];
}

export interface CustomAttributeDefinition {
  readonly name: string;
  readonly dataType: 'integer' | 'string';
}

export interface CaseRecord {
  readonly id: number;
  readonly subject: string;
  readonly departmentId: string;
  readonly status: CaseStatus;
  readonly severity: Severity;
  readonly customerId: number;
  /** User id of the owner; null when unassigned. */
  readonly ownerId: string | null;
  readonly created: number;
  readonly lastModified: number;
  readonly lastModifiedBy: string;
  /** Set on closed cases and on cases that were closed once and reopened. */
  readonly lastClosed: number | null;
  readonly dueDate: number;
  /** Custom attribute values by attribute name, as strings (the lookup compares strings). */
  readonly custom: Readonly<Record<string, string>>;
  /** Index into the activities array of this case's first activity, and how many it has. */
  readonly firstActivity: number;
  readonly activityCount: number;
}

export type ActivityType = 'email' | 'chat' | 'calltrack';
export type ActivityStatus = 'open' | 'assigned' | 'completed';
export type ActivitySubstatus = 'new' | 'in_progress' | 'done';

export interface Activity {
  readonly id: number;
  readonly caseId: number;
  readonly departmentId: string;
  readonly mode: 'inbound' | 'outbound';
  readonly type: ActivityType;
  readonly status: ActivityStatus;
  readonly substatus: ActivitySubstatus;
  readonly subject: string;
  readonly customerId: number;
  readonly created: number;
  readonly lastModified: number;
}

export interface Dataset {
  readonly departments: readonly Department[];
  readonly users: readonly User[];
  readonly customAttributes: readonly CustomAttributeDefinition[];
  /** Index i holds customer FIRST_ID + i. */
  readonly customers: readonly Customer[];
  /** Index i holds case FIRST_ID + i, so the array is in id order. */
  readonly cases: readonly CaseRecord[];
  /** Index i holds activity FIRST_ID + i; a case's activities are contiguous. */
  readonly activities: readonly Activity[];
}

export const FIRST_ID = 1000;
