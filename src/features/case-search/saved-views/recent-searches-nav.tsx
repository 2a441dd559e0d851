// `Recent searches`: the last searches of this tab; choosing one runs it again.
import { useSyncExternalStore } from 'react';
import { describeCriteria } from '../results/criteria-chips-model';
import { recentSearches } from './recent-searches';
import type { ViewSearch } from './view-model';

export function RecentSearchesNav({ onRun }: { onRun: (search: ViewSearch) => void }) {
  const recent = useSyncExternalStore(recentSearches.subscribe, recentSearches.getSnapshot);
  return (
    <nav aria-label="Recent searches" className="recent-searches">
      <h2 className="panel-heading">Recent searches</h2>
      {recent.length === 0 ? (
        <p className="saved-views-empty">Searches of this tab show here.</p>
      ) : (
        <ul>
          {recent.map((search) => {
            const text = describeCriteria(search.criteria);
            return (
              <li key={text}>
                <button type="button" className="recent-search" onClick={() => onRun(search)}>
                  {text}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
