// The lookup response (§3.4), parsed once: links become arrays, ids strings, and every field the
// table does not strictly need may be missing or null. Each case is read on its own: a case that
// still does not fit is left out and counted in `skipped`, and the rest of the page is shown.
import { z } from 'zod';
import { idSchema, linksSchema, type Link } from '../../../lib/links';
import {
  dateStampSchema,
  displayValueSchema,
  maybe,
  optionalIdSchema,
  paginationInfoSchema,
  rowsOf,
  textSchema,
  userNameSchema,
  type DisplayValue,
} from '../../../lib/response-schemas';

const departmentSchema = z.object({ name: textSchema, id: optionalIdSchema });

const caseCustomerSchema = z.object({
  link: linksSchema,
  customerName: textSchema,
  id: optionalIdSchema,
});

export interface CaseSummary {
  id: string;
  subject: string;
  links: Link[];
  activityLinks: Link[];
  department: { id?: string | undefined; name?: string | undefined } | undefined;
  status: DisplayValue | undefined;
  severity: DisplayValue | undefined;
  lastModified: { date?: string | undefined; userName?: string | undefined } | undefined;
  customer: { id?: string | undefined; name?: string | undefined; links: Link[] } | undefined;
  /** Only with `$attribute=created` / `lastClosed`, and `owner` where the server sends it. */
  created?: string | undefined;
  lastClosed?: string | undefined;
  ownerName?: string | undefined;
}

const ownerSchema = z.object({
  user: maybe(z.object({ name: textSchema, firstName: textSchema, lastName: textSchema })),
});

function ownerName(owner: z.output<typeof ownerSchema> | null | undefined): string | undefined {
  const user = owner?.user;
  if (!user) return undefined;
  const full = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return full || user.name;
}

export const caseSummarySchema = z
  .object({
    id: idSchema,
    link: linksSchema,
    subject: textSchema,
    activities: maybe(z.object({ link: linksSchema })),
    department: maybe(departmentSchema),
    status: maybe(displayValueSchema),
    severity: maybe(displayValueSchema),
    lastModified: dateStampSchema,
    // eGain v3 sends `lastModified` as a string and the user here.
    lastModifiedBy: userNameSchema,
    customer: maybe(caseCustomerSchema),
    created: dateStampSchema,
    lastClosed: dateStampSchema,
    owner: maybe(ownerSchema),
  })
  .transform((raw): CaseSummary => {
    const userName = raw.lastModified?.userName ?? raw.lastModifiedBy;
    return {
      id: raw.id,
      subject: raw.subject ?? '',
      links: raw.link,
      activityLinks: raw.activities?.link ?? [],
      department: raw.department,
      status: raw.status,
      severity: raw.severity,
      lastModified:
        raw.lastModified || userName ? { date: raw.lastModified?.date, userName } : undefined,
      customer: raw.customer
        ? { id: raw.customer.id, name: raw.customer.customerName, links: raw.customer.link }
        : undefined,
      created: raw.created?.date,
      lastClosed: raw.lastClosed?.date,
      ownerName: ownerName(raw.owner),
    };
  });

export const lookupResponseSchema = z
  .object({
    case: rowsOf(caseSummarySchema),
    paginationInfo: maybe(paginationInfoSchema),
  })
  .transform(({ case: list, paginationInfo }) => ({
    case: list.rows,
    /** Cases of this page that could not be read (left out of `case`). */
    skipped: list.skipped,
    paginationInfo,
  }));
export type LookupResponse = z.output<typeof lookupResponseSchema>;
