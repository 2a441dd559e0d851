// The search screen: the URL holds the state, the form writes it, the results read it.
import { SearchForm } from './form/search-form';
import { ShowRequest } from './form/show-request';
import { buildLookupBody, buildLookupQuery } from './lookup-request';
import { ResultsArea } from './results/results-area';
import { CRITERIA_KEYS, useSearchState, type Criteria } from './search-state';

function criteriaKey(criteria: Criteria): string {
  return CRITERIA_KEYS.map((key) => criteria[key] ?? '').join('\u0000');
}

export function CaseSearchPage() {
  const { state, update } = useSearchState();
  const body = buildLookupBody(state.criteria);
  const query = buildLookupQuery(state);

  return (
    <div className="case-search">
      <section className="search-panel" aria-label="Search criteria">
        {/* Keyed by the URL's criteria: Back, Forward and Clear reset the fields without an effect. */}
        <SearchForm
          key={criteriaKey(state.criteria)}
          criteria={state.criteria}
          onSearch={(criteria) => update({ criteria, page: 1, pane: undefined })}
          onClear={() =>
            update({ criteria: {}, page: 1, sort: undefined, pane: undefined })
          }
        />
        {state.hasCriteria ? <ShowRequest body={body} query={query} /> : null}
      </section>
      <ResultsArea state={state} update={update} body={body} query={query} />
    </div>
  );
}
