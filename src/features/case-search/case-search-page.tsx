// The search screen: the URL holds the state, the form writes it, the results read it.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { caseKeys } from './api/lookup-cases';
import { buildLookupQuery, type LookupBody } from './api/lookup-request';
import { CRITERIA_KEYS, type Criteria } from './criteria';
import { SearchForm } from './form/search-form';
import { ResultsArea } from './results/results-area';
import { useSearchState } from './search-state';
import { ShowRequest } from './show-request';

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
  // Criteria from a hand-edited or old URL may break a rule: then the form shows why and nothing runs.
  const { state, lookup, update } = useSearchState();
  const body = lookup?.ok ? lookup.body : NO_BODY;
  const { formKey, formWrote } = useFormKey(criteriaKey(state.criteria));
  const queryClient = useQueryClient();
  const t = useT();

  return (
    <div className="case-search">
      <section className="search-panel" aria-label={t('search.criteria')}>
        <SearchForm
          key={formKey}
          criteria={state.criteria}
          problems={lookup?.ok === false ? lookup.errors : undefined}
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
        {lookup?.ok ? <ShowRequest body={body} query={buildLookupQuery(state)} /> : null}
      </section>
      {lookup === null || lookup.ok ? (
        <ResultsArea state={state} update={update} body={body} />
      ) : null}
    </div>
  );
}
