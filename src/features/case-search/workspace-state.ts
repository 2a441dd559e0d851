// The search state plus the one thing the lookup form does not know: a case read by its number
// (`#case=1000`, from Quick lookup). It lives in the same URL fragment, so Back, reload and a copied
// link restore it; any change of the criteria leaves it.
import { useCallback } from 'react';
import { z } from 'zod';
import {
  addressBarParams,
  navigateHash,
  useHashParams,
  type NavigateOptions,
} from '../../lib/url-state';
import type { CriteriaCheck } from './form/criteria-schema';
import {
  parseSearchState,
  serializeSearchState,
  useSearchState,
  type SearchState,
} from './search-state';

export type SearchChange = Partial<Omit<SearchState, 'hasCriteria'>>;
export type UpdateOptions = NavigateOptions;
export type WorkspaceUpdate = (change: SearchChange, options?: UpdateOptions) => void;

const caseIdSchema = z.string().regex(/^\d{1,19}$/);
const CASE_PARAM = 'case';

export function parseCaseParam(params: URLSearchParams): string | undefined {
  const parsed = caseIdSchema.safeParse(params.get(CASE_PARAM));
  return parsed.success ? parsed.data : undefined;
}

export function useWorkspaceState(): {
  state: SearchState;
  /** The URL's criteria checked (see useSearchState); null while a case is read by id. */
  lookup: CriteriaCheck | null;
  /** The case read by id instead of a lookup, if any. */
  caseId: string | undefined;
  /** Like the search state's update; keeps the case read unless the criteria change. */
  update: WorkspaceUpdate;
  /** Replaces the criteria with a read of one case (a new history entry). */
  showCase: (caseId: string) => void;
} {
  const { state, lookup: criteriaLookup } = useSearchState();
  const caseId = parseCaseParam(useHashParams());
  const lookup = caseId === undefined ? criteriaLookup : null;
  // Both build on the address bar, not on the latest render: a held search (decision 050) is
  // already there, and a change made before the screen shows it applies to it. They keep their
  // identity, so that what receives them (the form, the saved views) is not re-rendered by a page or
  // pane change.
  const update = useCallback<WorkspaceUpdate>((change, options = {}) => {
    const current = addressBarParams();
    const params = serializeSearchState({ ...parseSearchState(current), ...change });
    const shownCase = parseCaseParam(current);
    if (shownCase !== undefined && change.criteria === undefined) params.set(CASE_PARAM, shownCase);
    navigateHash(params, options);
  }, []);
  const showCase = useCallback((id: string): void => {
    const params = serializeSearchState({
      ...parseSearchState(addressBarParams()),
      criteria: {},
      page: 1,
      pane: undefined,
    });
    params.set(CASE_PARAM, id);
    navigateHash(params);
  }, []);
  return { state, lookup, caseId, update, showCase };
}
