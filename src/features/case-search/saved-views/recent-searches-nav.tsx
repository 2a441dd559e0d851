// `Recent searches`: the last searches of this tab; choosing one runs it again. Every search that
// runs (its criteria passed the schema) joins the list.
import { memo, useEffect, useSyncExternalStore } from 'react';
import { useT } from '../../../lib/i18n';
import { describeCriteria } from '../results/criteria-chips-model';
import { recentSearches } from './recent-searches';
import { runSearch, type SearchView } from './search-view';

// Memoised: a page or pane change passes the same props (see CaseSearchPage).
export const RecentSearchesNav = memo(function RecentSearchesNav({
  state,
  lookup,
  update,
}: SearchView) {
  const t = useT();
  const recent = useSyncExternalStore(recentSearches.subscribe, recentSearches.getSnapshot);

  const ran = lookup?.ok === true;
  const searchKey = JSON.stringify([state.criteria, state.sort, state.pageSize]);
  useEffect(() => {
    if (!ran) return;
    recentSearches.add({ criteria: state.criteria, sort: state.sort, pageSize: state.pageSize });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for these values
  }, [ran, searchKey]);

  return (
    <nav aria-label={t('recent.landmark')} className="recent-searches">
      <h2 className="panel-heading">{t('recent.landmark')}</h2>
      {recent.length === 0 ? (
        <p className="saved-views-empty">{t('recent.empty')}</p>
      ) : (
        <ul>
          {recent.map((search) => {
            const text = describeCriteria(search.criteria);
            return (
              <li key={text}>
                <button
                  type="button"
                  className="recent-search"
                  onClick={() => runSearch(update, search)}
                >
                  {text}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
});
