// Activity search results (§6.1, §6.3), parsed once: links as arrays, ids as strings, optional
// fields tolerated (missing or null, numbers where text is expected, dates as `{date}` or an ISO
// string). Type and status carry a subtype/substatus that the pane shows alongside. Each activity
// is read on its own: one that does not fit is left out and counted in `skipped`.
import { z } from 'zod';
import { idSchema, linksSchema, type Link } from '../../../lib/links';
import {
  dateStampSchema,
  displayValueSchema,
  maybe,
  paginationInfoSchema,
  rowsOf,
  textSchema,
  type DisplayValue,
} from '../../../lib/response-schemas';

const nestedValueSchema = z
  .object({
    value: textSchema,
    displayValue: textSchema,
    subtype: maybe(displayValueSchema),
    substatus: maybe(displayValueSchema),
  })
  .transform((raw) => ({
    value: raw.value ?? '',
    displayValue: raw.displayValue || raw.value || '',
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
    subject: textSchema,
    type: maybe(nestedValueSchema),
    mode: maybe(displayValueSchema),
    status: maybe(nestedValueSchema),
    created: dateStampSchema,
    lastModified: dateStampSchema,
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

export const activitiesResponseSchema = z
  .object({
    activity: rowsOf(activitySummarySchema),
    paginationInfo: maybe(paginationInfoSchema),
  })
  .transform(({ activity: list, paginationInfo }) => ({
    activity: list.rows,
    /** Activities of this page that could not be read (left out of `activity`). */
    skipped: list.skipped,
    paginationInfo,
  }));
