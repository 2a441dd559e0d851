// Saved views and recent searches beside the search form. Opening either sets the criteria in the
// URL like any search (chips, Back and Forward work), and the view marked "Open at sign-in" opens
// when the user signs in to an empty search.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLanguage } from '../../../lib/language';
import { sessionStore } from '../../../lib/session-store';
import { browserTimeZone } from '../date-bounds';
import { customAttributesQueryOptions } from '../api/custom-attributes';
import { serializeSearchState } from '../search-state';
import { runSearch, type SearchView } from './search-view';
import { importDocument } from './import-export';
import { ImportExportControls } from './import-export-controls';
import { PanelMessages, type PanelMessage } from './panel-messages';
import { SaveViewDialog } from './save-view-dialog';
import { useSavedViews, type SavedViewsApi } from './use-saved-views';
import { useShowCounts } from './show-counts';
import { useViewCounts, viewCountKeys } from './use-view-counts';
import { draftFromSearch, newViewId, searchFromView, type SavedView } from './view-model';
import { ViewList } from './view-list';
import { ViewNameDialog } from './view-name-dialog';

/** The sign-in (session generation) whose "open at sign-in" view has been handled. */
const handledSignIn = {
  generation: 0,
  listeners: new Set<() => void>(),
  get: (): number => handledSignIn.generation,
  set: (generation: number): void => {
    handledSignIn.generation = generation;
    for (const listener of handledSignIn.listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    handledSignIn.listeners.add(listener);
    return () => handledSignIn.listeners.delete(listener);
  },
};

export function SavedViewsPanel(props: SearchView) {
  const saved = useSavedViews();
  return saved.status === 'ready' ? (
    <ReadyPanel {...props} api={saved.api} />
  ) : (
    <nav aria-label="Saved views" className="saved-views">
      <h2 className="panel-heading">Saved views</h2>
      {saved.status === 'error' ? (
        <p role="alert" className="error-alert">
          Saved views are not available: the app’s server did not say which eGain server it uses.{' '}
          <button type="button" onClick={saved.retry}>
            Retry
          </button>
        </p>
      ) : (
        <p className="saved-views-empty">Loading saved views…</p>
      )}
    </nav>
  );
}

function ReadyPanel({ api, state, lookup, update }: SearchView & { api: SavedViewsApi }) {
  const queryClient = useQueryClient();
  const language = useLanguage();
  const attributes = useQuery(customAttributesQueryOptions(language));
  const [showCounts, setShowCounts] = useShowCounts();
  const { views, problems, readOnly } = api.snapshot;
  const [signInGeneration] = useState(() => sessionStore.getGeneration());
  // The counts wait until this sign-in's own search (the view opened at sign-in) has been
  // started, so that its lookup is first in line rather than behind two counts.
  const handled = useSyncExternalStore(handledSignIn.subscribe, handledSignIn.get);
  const signInDone = signInGeneration === 0 || handled === signInGeneration;
  const counts = useViewCounts(views, api.server, showCounts, { hold: !signInDone });
  const [dialog, setDialog] = useState<
    { kind: 'save' } | { kind: 'rename'; view: SavedView; opener: HTMLElement } | null
  >(null);
  // What the panel last said belongs to the search it was said over: a new search clears it.
  const searchKey = JSON.stringify([state.criteria, state.sort, state.pageSize]);
  const [said, setSaid] = useState<{ message: PanelMessage; over: string } | null>(null);
  const message = said?.over === searchKey ? said.message : null;
  const setMessage = (next: PanelMessage | null): void =>
    setSaid(next ? { message: next, over: searchKey } : null);
  const knownAttributes =
    attributes.data && attributes.data.length > 0 ? attributes.data.map((a) => a.name) : null;

  const missingAttribute = (view: SavedView): string | null => {
    const customName = view.criteria.customName;
    return customName && knownAttributes && !knownAttributes.includes(customName)
      ? customName
      : null;
  };
  const openView = (view: SavedView): void => {
    const missing = missingAttribute(view);
    if (missing) {
      setMessage({
        kind: 'error',
        text: `The view “${view.name}” uses the custom attribute “${missing}”, which the eGain server no longer has, so it was not opened. The view is kept: open a search without that attribute and save it again, or delete the view.`,
      });
      return;
    }
    setMessage(null);
    runSearch(update, searchFromView(view, new Date(), browserTimeZone()));
  };

  // A fresh sign-in (not a reload, not the Session expired dialog) to an empty search opens the
  // default view, once. One whose custom attribute is gone stays closed; the list says why.
  const defaultView = views.find((view) => view.openAtSignIn);
  useEffect(() => {
    if (signInDone) return;
    if (!state.hasCriteria && defaultView && !missingAttribute(defaultView)) {
      runSearch(update, searchFromView(defaultView, new Date(), browserTimeZone()), true);
    }
    handledSignIn.set(signInGeneration);
  });

  const report = (result: { ok: true } | { ok: false; message: string }, done: string): void => {
    setMessage(result.ok ? { kind: 'info', text: done } : { kind: 'error', text: result.message });
  };

  return (
    <nav aria-label="Saved views" className="saved-views">
      <h2 className="panel-heading">Saved views</h2>
      <div className="saved-views-toolbar">
        <button
          type="button"
          disabled={readOnly !== null}
          onClick={() => {
            if (lookup?.ok !== true) {
              setMessage({
                kind: 'error',
                text: state.hasCriteria
                  ? 'Correct the criteria first: a view keeps only a search that can run.'
                  : 'Search first: a view keeps the criteria of the search on screen.',
              });
              return;
            }
            setDialog({ kind: 'save' });
          }}
        >
          Save view
        </button>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={showCounts}
            onChange={(e) => setShowCounts(e.currentTarget.checked)}
          />{' '}
          Show counts
        </label>
        {showCounts && views.length > 0 ? (
          <button
            type="button"
            onClick={() => void queryClient.invalidateQueries({ queryKey: viewCountKeys.all })}
          >
            Refresh counts
          </button>
        ) : null}
      </div>
      <PanelMessages
        problems={[...(readOnly ? [] : problems), ...(readOnly ? [readOnly] : [])]}
        message={message}
        onDismiss={() => setMessage(null)}
      />
      <ViewList
        views={views}
        counts={counts}
        showCounts={showCounts}
        missingAttribute={missingAttribute}
        onOpen={(view) => openView(view)}
        onRename={(view, opener) => setDialog({ kind: 'rename', view, opener })}
        onDelete={(view, index) => {
          const result = api.remove(view.id);
          setMessage(
            result.ok
              ? {
                  kind: 'info',
                  text: `Deleted view “${view.name}”.`,
                  undo: () => report(api.restore(view, index), `Restored view “${view.name}”.`),
                }
              : { kind: 'error', text: result.message },
          );
        }}
        onCopyLink={(view) => {
          const search = searchFromView(view, new Date(), browserTimeZone());
          const hash = serializeSearchState({ ...search, page: 1, pane: undefined }).toString();
          const link = `${window.location.origin}${window.location.pathname}#${hash}`;
          navigator.clipboard.writeText(link).then(
            () =>
              setMessage({
                kind: 'info',
                text: `Copied a link to “${view.name}”. Its dates are fixed to today’s.`,
              }),
            () =>
              setMessage({
                kind: 'error',
                text: `The browser did not allow copying. The link is: ${link}`,
              }),
          );
        }}
      />
      <ImportExportControls
        views={views}
        server={api.server}
        readOnly={readOnly !== null}
        onReadError={(text) => setMessage({ kind: 'error', text })}
        onImport={(fileName, text) => {
          const result = importDocument(text, {
            server: api.server,
            existing: views,
            customAttributes: knownAttributes,
            timeZone: browserTimeZone(),
            now: new Date(),
            newId: newViewId,
          });
          if (!result.ok) {
            setMessage({ kind: 'error', text: `${fileName}: ${result.message}` });
            return;
          }
          const written =
            result.added.length > 0 ? api.addMany(result.added) : ({ ok: true } as const);
          if (!written.ok) {
            setMessage({ kind: 'error', text: written.message });
            return;
          }
          setMessage({
            kind: result.refused.length > 0 ? 'error' : 'info',
            text: `Imported ${result.added.length} of ${result.added.length + result.refused.length} views from ${fileName}.${result.renamed.map((r) => ` “${r.from}” was renamed “${r.to}”.`).join('')}`,
            refused: result.refused,
          });
        }}
      />
      {dialog?.kind === 'save' ? (
        <SaveViewDialog
          draft={draftFromSearch(state, new Date(), browserTimeZone())}
          views={views}
          onSave={(view) => {
            const result = api.add(view);
            if (result.ok) setMessage({ kind: 'info', text: `Saved view “${view.name}”.` });
            return result;
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <ViewNameDialog
          title={`Rename view ${dialog.view.name}`}
          views={views}
          exceptId={dialog.view.id}
          initial={{
            name: dialog.view.name,
            openAtSignIn: dialog.view.openAtSignIn,
            keepRelative: [],
          }}
          onSubmit={(values) => {
            const result = api.change(dialog.view.id, {
              name: values.name,
              openAtSignIn: values.openAtSignIn,
              savedAt: new Date().toISOString(),
            });
            if (result.ok)
              setMessage({
                kind: 'info',
                text: `Renamed view “${dialog.view.name}” to “${values.name}”.`,
              });
            return result;
          }}
          onClose={() => {
            dialog.opener.focus();
            setDialog(null);
          }}
        />
      ) : null}
    </nav>
  );
}
