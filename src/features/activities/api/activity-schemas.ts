// Activity search results (§6.1, §6.3), parsed once: links as arrays, ids as strings, optional
// fields tolerated. Type and status carry a subtype/substatus that the pane shows alongside.
import { z } from 'zod';
import { idSchema, linksSchema, type Link } from '../../../lib/links';
import {
  dateStampSchema,
  displayValueSchema,
  oneOrMany,
  paginationInfoSchema,
  type DisplayValue,
} from '../../../lib/response-schemas';

const nestedValueSchema = z
  .object({
    value: z.string().optional(),
    displayValue: z.string().optional(),
    subtype: displayValueSchema.optional(),
    substatus: displayValueSchema.optional(),
  })
  .transform((raw) => ({
    value: raw.value ?? '',
    displayValue: raw.displayValue ?? raw.value ?? '',
    detail: raw.subtype ?? raw.substatus,
  }));

export interface ActivitySummary {
  id: string;
  links: Link[];
  subject: string;
  type: (DisplayValue & { detail: DisplayValue | undefined }) | undefined;
  mode: DisplayValue | undefined;
  status: (DisplayValue & { detail: DisplayValue | undefined }) | undefined;
  created: string | undefined;
  lastModified: string | undefined;
}

export const activitySummarySchema = z
  .object({
    id: idSchema,
    link: linksSchema,
    subject: z.string().optional(),
    type: nestedValueSchema.optional(),
    mode: displayValueSchema.optional(),
    status: nestedValueSchema.optional(),
    created: dateStampSchema.optional(),
    lastModified: dateStampSchema.optional(),
  })
  .transform((raw): ActivitySummary => ({
    id: raw.id,
    links: raw.link,
    subject: raw.subject ?? '',
    type: raw.type,
    mode: raw.mode,
    status: raw.status,
    created: raw.created?.date,
    lastModified: raw.lastModified?.date,
  }));

export const activitiesResponseSchema = z.object({
  activity: oneOrMany(activitySummarySchema),
  paginationInfo: paginationInfoSchema.optional(),
});
