// The case custom attributes offered for the `custom` criterion (§4.3, D5). A server without them
// (204, 4xx, or any failure) leaves the attribute as free text, so this query never retries.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiJson } from '../../../lib/api-client';
import type { LanguageTag } from '../../../lib/language';

const attributeSchema = z.object({
  name: z.string().trim().min(1),
  displayName: z.string().optional(),
  dataType: z.string().optional(),
});

const responseSchema = z.object({
  // One malformed entry must not hide the others.
  attribute: z
    .array(z.unknown())
    .optional()
    .transform((items = []) =>
      items.flatMap((item) => {
        const parsed = attributeSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  resource: z.string().optional(),
});

export interface CustomAttribute {
  name: string;
  /** What the user sees; the name when the server gives none. */
  label: string;
  dataType: string | undefined;
}

export async function getCustomAttributes(signal?: AbortSignal): Promise<CustomAttribute[]> {
  const data = await apiJson('/v12/interaction/case/attributes', responseSchema, {
    query: { $attribute: 'custom' },
    signal,
  });
  return (data?.attribute ?? []).map((attribute) => ({
    name: attribute.name,
    label: attribute.displayName?.trim() || attribute.name,
    dataType: attribute.dataType,
  }));
}

/** Display names are localised, so the language is part of the key. */
export const customAttributesQueryOptions = (language: LanguageTag) =>
  queryOptions({
    queryKey: ['case-attributes', 'custom', language],
    queryFn: ({ signal }) => getCustomAttributes(signal),
    staleTime: Infinity,
    retry: false,
  });
