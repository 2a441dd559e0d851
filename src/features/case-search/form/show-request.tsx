// STUB (to be replaced): "Show request" disclosure.
import type { LookupBody, LookupQuery } from '../lookup-request';

export function ShowRequest({ body, query }: { body: LookupBody; query: LookupQuery }) {
  return (
    <details>
      <summary>Show request</summary>
      <pre>{JSON.stringify({ query, body }, null, 2)}</pre>
    </details>
  );
}
