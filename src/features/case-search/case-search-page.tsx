// The search screen (the agent workspace): Quick lookup and the Filters disclosure on top, the
// criteria in a panel beside the results, the results filling the rest. The URL holds the state,
// the form and Quick lookup write it, the results read it.
import { useQueryClient, type QueryFunction, type QueryKey } from '@tanstack/react-query';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { KeyboardShortcutsDialog } from '../../components/keyboard-shortcuts-dialog';
import { useT } from '../../lib/i18n';
import { useLanguage } from '../../lib/language';
import { usePageShortcuts } from '../../lib/single-key-shortcuts';
import { showHash } from '../../lib/url-state';
import { caseKeys, lookupCasesQueryOptions } from './api/lookup-cases';
import type { LookupBody } from './api/lookup-request';
import { CRITERIA_KEYS, type Criteria } from './criteria';
import { parseCriteria } from './form/criteria-schema';
import { SearchForm } from './form/search-form';
import { KEYBOARD_SHORTCUTS } from './keyboard-shortcuts';
import type { QuickTarget } from './quick-lookup/parse-quick-lookup';
import { QuickLookupBox } from './quick-lookup/quick-lookup';
import { ResultsArea } from './results/results-area';
import { screenLookupRequest } from './results/use-case-results';
import { RecentSearchesNav } from './saved-views/recent-searches-nav';
import { SavedViewsPanel } from './saved-views/saved-views-panel';
import { useFiltersDisclosure } from './use-filters-disclosure';
import { useWorkspaceState } from './workspace-state';

const NO_BODY: LookupBody = {};

/**
 * How long a search's answer may take before the screen shows it as loading (decision 050). An
 * answer within this time replaces the rows in one step, with no busy state drawn in between.
 */
export const BUSY_DELAY_MS = 100;

/**
 * Shows the held search once: the form's own write and the URL's state in one render, then
 * `afterShown` on the screen that shows it.
 */
function showSearchOnce(shown: SearchShown): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    flushSync(() => {
      shown.formWrote?.();
      showHash();
    });
    shown.afterShown?.();
  };
}

/**
 * The lookup's loader, showing the held search before a failure is stored: the results area then
 * finds the lookup still in flight and shows its error, instead of finding a failed query and
 * sending it again.
 */
function showBeforeFailing<T, K extends QueryKey>(
  load: QueryFunction<T, K> | undefined,
  show: () => void,
): QueryFunction<T, K> | undefined {
  if (!load) return undefined;
  return async (context) => {
    try {
      return await load(context);
    } catch (error) {
      show();
      throw error;
    }
  };
}

/** What a search does when the screen shows it. */
interface SearchShown {
  /** Tells the form which criteria it wrote, in the render that shows them. */
  formWrote?: () => void;
  /** Runs once the screen shows the search (focus moves there). */
  afterShown?: () => void;
}

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
  const { state, lookup, caseId, update, showCase } = useWorkspaceState();
  const body = lookup?.ok ? lookup.body : NO_BODY;
  const urlKey = criteriaKey(state.criteria);
  const { formKey, formWrote } = useFormKey(urlKey);
  const queryClient = useQueryClient();
  const t = useT();
  const language = useLanguage();
  const filters = useFiltersDisclosure(state.hasCriteria ? urlKey : '');
  const filtersId = useId();
  const quickLookupRef = useRef<HTMLInputElement>(null);
  const filtersRef = useRef<HTMLElement>(null);
  // A search from the panel can close it (under 900 px, see useFiltersDisclosure): focus inside
  // the hidden panel would fall back to the page, so it moves on to the results instead.
  useLayoutEffect(() => {
    const panel = filtersRef.current;
    if (!filters.open && panel && panel.contains(document.activeElement))
      document.querySelector<HTMLElement>('[data-results-heading]')?.focus();
  }, [filters.open]);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const activeFilters = Object.keys(state.criteria).length;
  // The form and the panels get the same props while only the page, the pane or the rows change,
  // so paging renders the results alone (the panels are memoised on what they show).
  const { criteria, hasCriteria, sort, pageSize } = state;
  const viewState = useMemo(
    () => ({ criteria, hasCriteria, sort, pageSize }),
    // `sort` is a new object on every URL change; its two fields are what it says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [criteria, hasCriteria, sort?.field, sort?.order, pageSize],
  );

  /** Runs a search for `criteria`; `shown` says what to do when the screen shows it. */
  const search = (criteria: Criteria, shown: SearchShown = {}): void => {
    // Searching again for the same criteria means "show me what is there now".
    if (caseId === undefined && criteriaKey(criteria) === urlKey) {
      void queryClient.invalidateQueries({ queryKey: caseKeys.lookups() });
    } else {
      const check = parseCriteria(criteria);
      if (check.ok) {
        // The request leaves first; the screen keeps what it shows until the answer is here or
        // BUSY_DELAY_MS have passed, then shows the new search in one render (decision 050).
        const show = showSearchOnce(shown);
        const options = lookupCasesQueryOptions(
          screenLookupRequest({ ...state, page: 1 }, check.body),
          language,
        );
        void queryClient
          .prefetchQuery({ ...options, queryFn: showBeforeFailing(options.queryFn, show) })
          .then(show);
        window.setTimeout(show, BUSY_DELAY_MS);
        update({ criteria, page: 1, pane: undefined }, { held: true });
        return;
      }
    }
    flushSync(() => {
      shown.formWrote?.();
      update({ criteria, page: 1, pane: undefined });
    });
    shown.afterShown?.();
  };

  const formHandlers = useRef({ search, formWrote });
  useLayoutEffect(() => {
    formHandlers.current = { search, formWrote };
  });
  const onFormSearch = useCallback((criteria: Criteria): void => {
    const { search, formWrote } = formHandlers.current;
    search(criteria, { formWrote: () => formWrote(criteriaKey(criteria)) });
  }, []);
  const onFormClear = useCallback((): void => {
    formHandlers.current.formWrote(criteriaKey({}));
    update({ criteria: {}, page: 1, sort: undefined, pane: undefined });
  }, [update]);

  const runQuickLookup = (target: QuickTarget): void => {
    // On to the results, where j / k / c / a act at once; not if focus has moved on meanwhile.
    const focusResults = (): void => {
      const active = document.activeElement;
      if (active === quickLookupRef.current || active === document.body || active === null)
        document.querySelector<HTMLElement>('[data-results-heading]')?.focus();
    };
    if (target.kind === 'case') {
      flushSync(() => {
        if (caseId === target.caseId)
          void queryClient.invalidateQueries({ queryKey: caseKeys.all });
        else showCase(target.caseId);
      });
      focusResults();
    } else {
      search(target.criteria, { afterShown: focusResults });
    }
  };

  usePageShortcuts({
    '/': () => quickLookupRef.current?.focus(),
    '?': () => setShortcutsOpen(true),
  });

  return (
    <div className={filters.open ? 'workspace filters-open' : 'workspace'}>
      <search role="search" aria-label={t('search.landmark')} className="workspace-search">
        <div className="lookup-bar">
          <QuickLookupBox inputRef={quickLookupRef} onRun={runQuickLookup} />
          <a
            className="skip-link"
            href="#results"
            onClick={(event) => {
              // The fragment holds the screen state: move focus without touching it.
              event.preventDefault();
              document.getElementById('results')?.focus();
            }}
          >
            {t('app.skipToResults')}
          </a>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filters.open}
            aria-controls={filtersId}
            onClick={filters.toggle}
          >
            {t('search.filters')}
            {activeFilters > 0 ? (
              <span className="filters-count" aria-hidden="true">
                {activeFilters}
              </span>
            ) : null}
          </button>
          <button type="button" className="shortcuts-button" onClick={() => setShortcutsOpen(true)}>
            {t('shortcuts.title')}
          </button>
        </div>
        <section
          id={filtersId}
          ref={filtersRef}
          className="filters-panel"
          aria-label={t('search.criteria')}
          hidden={!filters.open}
        >
          <SavedViewsPanel state={viewState} lookup={lookup} update={update} />
          <SearchForm
            key={formKey}
            landmark={false}
            criteria={state.criteria}
            problems={lookup?.ok === false ? lookup.errors : undefined}
            onSearch={onFormSearch}
            onClear={onFormClear}
          />
          <RecentSearchesNav state={viewState} lookup={lookup} update={update} />
        </section>
      </search>
      {lookup === null || lookup.ok ? (
        <ResultsArea state={state} update={update} body={body} caseId={caseId} />
      ) : (
        // Keeps the skip link's target while the form explains what is wrong with the criteria.
        <div className="results-area" id="results" tabIndex={-1} />
      )}
      {shortcutsOpen ? (
        <KeyboardShortcutsDialog
          shortcuts={KEYBOARD_SHORTCUTS}
          onClose={() => setShortcutsOpen(false)}
        />
      ) : null}
    </div>
  );
}
