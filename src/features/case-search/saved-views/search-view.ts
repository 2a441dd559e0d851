// What the saved views and recent searches get from the workspace: the search on screen, its
// checked criteria, and the way to run another search (through the URL, like any search).
import type { CriteriaCheck } from '../form/criteria-schema';
import type { SearchState } from '../search-state';
import type { WorkspaceUpdate } from '../workspace-state';
import type { ViewSearch } from './view-model';

/** The part of the screen state a view is made of: a page or pane change leaves it as it is. */
export type ViewState = Pick<SearchState, 'criteria' | 'hasCriteria' | 'sort' | 'pageSize'>;

export interface SearchView {
  state: ViewState;
  /** The URL's criteria checked; null when there are none (or a case is read by id). */
  lookup: CriteriaCheck | null;
  update: WorkspaceUpdate;
}

/** Runs `search` from its first page, the panes closed; a history entry unless `replace`. */
export function runSearch(update: WorkspaceUpdate, search: ViewSearch, replace = false): void {
  update(
    {
      criteria: search.criteria,
      sort: search.sort,
      pageSize: search.pageSize,
      page: 1,
      pane: undefined,
    },
    { replace },
  );
}
