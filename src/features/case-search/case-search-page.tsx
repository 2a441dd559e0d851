// The search screen: the URL holds the state, the form writes it, the results read it.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { caseKeys } from './api/lookup-cases';
import { SearchForm } from './form/search-form';
import { ShowRequest } from './form/show-request';
import { buildLookupQuery, parseCriteria, type LookupBody } from './lookup-request';
import { ResultsArea } from './results/results-area';
import { SavedViewsPanel } from './saved-views/saved-views-panel';
import { CRITERIA_KEYS, useSearchState, type Criteria } from './search-state';

const NO_BODY: LookupBody = {};

function criteriaKey(criteria: Criteria): string {
  return CRITERIA_KEYS.map((key) => criteria[key] ?? '').join('\u0000');
}

/**
 * The key of the form instance. The form remounts (fresh values, no stale errors) when the URL's
 * criteria change from elsewhere: Back, Forward, a pasted link, a removed chip. Its own Search and
 * Clear do not remount it, so focus stays on the button the user pressed.
 */
function useFormKey(urlKey: string): { formKey: string; formWrote: (key: string) => void } {
  const [own, setOwn] = useState({ shows: urlKey, key: urlKey, writes: 0 });
  const formKey = own.shows === urlKey ? own.key : `${urlKey}\u0001${own.writes}`;
  return {
    formKey,
    formWrote: (key) => setOwn({ shows: key, key: formKey, writes: own.writes + 1 }),
  };
}

export function CaseSearchPage() {
  const { state, update } = useSearchState();
  // Criteria from a hand-edited or old URL may break a rule: then the form shows why and nothing runs.
  const lookup = useMemo(
    () => (state.hasCriteria ? parseCriteria(state.criteria) : null),
    [state.hasCriteria, state.criteria],
  );
  const body = lookup?.ok ? lookup.body : NO_BODY;
  const query = buildLookupQuery(state);
  const { formKey, formWrote } = useFormKey(criteriaKey(state.criteria));
  const queryClient = useQueryClient();

  return (
    <div className="case-search">
      <SavedViewsPanel state={state} update={update} />
      <section className="search-panel" aria-label="Search criteria">
        <SearchForm
          key={formKey}
          criteria={state.criteria}
          onSearch={(criteria) => {
            // Searching again for the same criteria means "show me what is there now".
            if (criteriaKey(criteria) === criteriaKey(state.criteria)) {
              void queryClient.invalidateQueries({ queryKey: caseKeys.lookups() });
            }
            formWrote(criteriaKey(criteria));
            update({ criteria, page: 1, pane: undefined });
          }}
          onClear={() => {
            formWrote(criteriaKey({}));
            update({ criteria: {}, page: 1, sort: undefined, pane: undefined });
          }}
        />
        {lookup?.ok ? <ShowRequest body={body} query={query} /> : null}
      </section>
      {lookup === null || lookup.ok ? (
        <ResultsArea state={state} update={update} body={body} query={query} />
      ) : null}
    </div>
  );
}
