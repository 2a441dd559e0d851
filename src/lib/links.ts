// Link policy (D10): follow a server link only when it is a same-origin path under /system/ws/.
// zod/mini keeps the sign-in screen's bundle small; it composes with full zod schemas elsewhere.
import * as z from 'zod/mini';

export const API_ROOT = '/system/ws';

const linkSchema = z.object({ rel: z.optional(z.nullable(z.string())), href: z.string() });
export interface Link {
  rel?: string | undefined;
  href: string;
}

/**
 * `link` may come as one object or as an array (v12 quirk): always an array afterwards. An entry
 * that is not a readable link is dropped rather than failing its row: the id-built URL takes its
 * place (D10).
 */
export const linksSchema = z.pipe(
  z.optional(z.unknown()),
  z.transform((value): Link[] => {
    const entries: unknown[] = value == null ? [] : Array.isArray(value) ? value : [value];
    return entries.flatMap((entry) => {
      const parsed = z.safeParse(linkSchema, entry);
      if (!parsed.success) return [];
      const { rel, href } = parsed.data;
      return [rel == null ? { href } : { rel, href }];
    });
  }),
);

/** Ids may be numbers on some payloads: always strings afterwards. */
export const idSchema = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

/**
 * An absolute path under the API root made only of letters, digits, `-`, `_` and single slashes,
 * with an optional query of the same letters and `=&`: nothing that URL parsing could resolve,
 * decode or normalise into anything else.
 */
const PLAIN_API_PATH = /^\/system\/ws(?:\/[\w-]+)+(?:\?[\w=&-]+)?$/;

/**
 * Returns the API path (relative to /system/ws, with its query) for a server-provided href, or
 * null when the href must not be followed: other origins, other schemes, or paths outside the API.
 */
export function toApiPath(href: string, origin?: string): string | null {
  // The links servers send are plain paths like this; an export checks one per case, and URL
  // parsing was a tenth of its script time. Such a path is its own normalised form.
  if (PLAIN_API_PATH.test(href)) return href.slice(API_ROOT.length);
  // Read only past the plain path: each read of location.origin costs about 2 µs in the DOM.
  const pageOrigin = origin ?? window.location.origin;
  let url: URL;
  try {
    url = new URL(href, pageOrigin);
  } catch {
    return null;
  }
  if (url.origin !== pageOrigin) return null;
  // Only plain absolute paths or same-origin absolute URLs; `//host/...` resolves off-origin above.
  if (!/^(\/|https?:)/i.test(href.trim())) return null;
  const path = url.pathname;
  if (!path.startsWith(`${API_ROOT}/`)) return null;
  // Refuse anything that normalisation or encoding could turn into a path outside the API.
  if (/%2e|%2f|%5c|\\/i.test(href) || path.split('/').includes('..')) return null;
  return path.slice(API_ROOT.length) + url.search;
}

/** The href of the link with that rel, if the policy allows following it. */
export function followableLink(links: Link[], rel: string): string | null {
  const link = links.find((candidate) => candidate.rel === rel) ?? links[0];
  return link ? toApiPath(link.href) : null;
}
