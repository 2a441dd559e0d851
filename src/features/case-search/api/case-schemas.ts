// The lookup response (§3.4), parsed once: links become arrays, ids strings, and every field the
// table does not strictly need may be missing without the whole page failing.
import { z } from 'zod';
import { idSchema, linksSchema, type Link } from '../../../lib/links';
import {
  dateStampSchema,
  displayValueSchema,
  oneOrMany,
  paginationInfoSchema,
  type DisplayValue,
} from '../../../lib/response-schemas';

const departmentSchema = z.object({ name: z.string().optional(), id: z.optional(idSchema) });

const caseCustomerSchema = z.object({
  link: linksSchema,
  customerName: z.string().optional(),
  id: z.optional(idSchema),
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
  user: z
    .object({
      name: z.string().optional(),
      firstName: z.string().optional(),
      lastName: z.string().optional(),
    })
    .optional(),
});

function ownerName(owner: z.output<typeof ownerSchema> | undefined): string | undefined {
  const user = owner?.user;
  if (!user) return undefined;
  const full = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return full || user.name;
}

export const caseSummarySchema = z
  .object({
    id: idSchema,
    link: linksSchema,
    subject: z.string().optional(),
    activities: z.object({ link: linksSchema }).optional(),
    department: departmentSchema.optional(),
    status: displayValueSchema.optional(),
    severity: displayValueSchema.optional(),
    lastModified: dateStampSchema.optional(),
    customer: caseCustomerSchema.optional(),
    created: dateStampSchema.optional(),
    lastClosed: dateStampSchema.optional(),
    owner: ownerSchema.optional(),
  })
  .transform((raw): CaseSummary => ({
    id: raw.id,
    subject: raw.subject ?? '',
    links: raw.link,
    activityLinks: raw.activities?.link ?? [],
    department: raw.department,
    status: raw.status,
    severity: raw.severity,
    lastModified: raw.lastModified
      ? { date: raw.lastModified.date, userName: raw.lastModified.user?.name }
      : undefined,
    customer: raw.customer
      ? { id: raw.customer.id, name: raw.customer.customerName, links: raw.customer.link }
      : undefined,
    created: raw.created?.date,
    lastClosed: raw.lastClosed?.date,
    ownerName: ownerName(raw.owner),
  }));

export const lookupResponseSchema = z.object({
  case: oneOrMany(caseSummarySchema),
  paginationInfo: paginationInfoSchema.optional(),
});
export type LookupResponse = z.output<typeof lookupResponseSchema>;
