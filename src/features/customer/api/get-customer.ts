// GET /v20/interaction/customer/{id} (§5): through the case row's customer link when the link
// policy allows it (D10), else built from the id (e.g. a pane opened from a URL).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiJson } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { useLanguage, type LanguageTag } from '../../../lib/language';
import { followableLink, type Link } from '../../../lib/links';
import { customerResponseSchema, type CustomerDetail } from './customer-schemas';

export const customerKeys = {
  all: ['customers'] as const,
  details: () => [...customerKeys.all, 'detail'] as const,
  detail: (id: string, language: LanguageTag, path: string) =>
    [...customerKeys.details(), { id, language, path }] as const,
};

/** The API path of one customer: the server's link if followable, else built from the id. */
export function customerApiPath(id: string, links: Link[] = []): string {
  return followableLink(links, 'customer') ?? `/v20/interaction/customer/${encodeURIComponent(id)}`;
}

/** The customer, or null when the server has no such customer (204 or an empty list). */
export async function getCustomer(
  id: string,
  path: string,
  signal?: AbortSignal,
): Promise<CustomerDetail | null> {
  const data = await apiJson(path, customerResponseSchema, { signal });
  if (data === null) return null;
  const customer = data.customer.find((candidate) => candidate.id === id) ?? data.customer[0];
  if (customer) return customer;
  const unreadable = data.skipped.find((row) => row.id === id) ?? data.skipped[0];
  if (unreadable) {
    // The one record the pane exists for: saying why beats an empty pane.
    const values = { id: unreadable.id ?? id, fields: unreadable.paths.join(', ') };
    throw new ApiError({
      kind: 'unreadable',
      status: 200,
      code: 'UNREADABLE',
      developerMessage: `The eGain server sent customer ${values.id} in a form this console cannot read (fields: ${values.fields}).`,
      local: { id: 'error.unreadableCustomer', values },
    });
  }
  return null;
}

export function customerQueryOptions(id: string, language: LanguageTag, links: Link[] = []) {
  const path = customerApiPath(id, links);
  return queryOptions({
    queryKey: customerKeys.detail(id, language, path),
    queryFn: ({ signal }) => getCustomer(id, path, signal),
  });
}

export function useCustomer(id: string, links: Link[] = []) {
  return useQuery(customerQueryOptions(id, useLanguage(), links));
}
