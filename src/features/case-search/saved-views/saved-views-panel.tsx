// Saved views and recent searches beside the search form. Opening either sets the criteria in the
// URL like any search (chips, Back and Forward work), and the view marked "Open at sign-in" opens
// when the user signs in to an empty search.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import { useT, type Message } from '../../../lib/i18n';
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

// Memoised: a page or pane change passes the same props (see CaseSearchPage).
export const SavedViewsPanel = memo(function SavedViewsPanel(props: SearchView) {
  const t = useT();
  const saved = useSavedViews();
  return saved.status === 'ready' ? (
    <ReadyPanel {...props} api={saved.api} />
  ) : (
    <nav aria-label={t('views.landmark')} className="saved-views">
      <h2 className="panel-heading">{t('views.landmark')}</h2>
      {saved.status === 'error' ? (
        <p role="alert" className="error-alert">
          {t('views.unavailable')}{' '}
          <button type="button" onClick={saved.retry}>
            {t('error.retry')}
          </button>
        </p>
      ) : (
        <p className="saved-views-empty">{t('views.loading')}</p>
      )}
    </nav>
  );
});

function ReadyPanel({ api, state, lookup, update }: SearchView & { api: SavedViewsApi }) {
  const t = useT();
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
        text: { id: 'views.attributeGone', values: { name: view.name, attribute: missing } },
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

  const report = (result: { ok: true } | { ok: false; message: Message }, done: Message): void => {
    setMessage(result.ok ? { kind: 'info', text: done } : { kind: 'error', text: result.message });
  };

  return (
    <nav aria-label={t('views.landmark')} className="saved-views">
      <h2 className="panel-heading">{t('views.landmark')}</h2>
      <div className="saved-views-toolbar">
        <button
          type="button"
          disabled={readOnly !== null}
          onClick={() => {
            if (lookup?.ok !== true) {
              setMessage({
                kind: 'error',
                text: { id: state.hasCriteria ? 'views.fixCriteriaFirst' : 'views.searchFirst' },
              });
              return;
            }
            setDialog({ kind: 'save' });
          }}
        >
          {t('views.save')}
        </button>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={showCounts}
            onChange={(e) => setShowCounts(e.currentTarget.checked)}
          />{' '}
          {t('views.showCounts')}
        </label>
        {showCounts && views.length > 0 ? (
          <button
            type="button"
            onClick={() => void queryClient.invalidateQueries({ queryKey: viewCountKeys.all })}
          >
            {t('views.refreshCounts')}
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
                  text: { id: 'views.deleted', values: { name: view.name } },
                  undo: () =>
                    report(api.restore(view, index), {
                      id: 'views.restored',
                      values: { name: view.name },
                    }),
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
                text: { id: 'views.linkCopied', values: { name: view.name } },
              }),
            () =>
              setMessage({
                kind: 'error',
                text: { id: 'views.copyFailed', values: { link } },
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
            setMessage({
              kind: 'error',
              text: {
                id: 'views.import.file',
                values: { file: fileName, problem: result.message },
              },
            });
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
            text: {
              id: 'views.import.done',
              values: {
                added: result.added.length,
                total: result.added.length + result.refused.length,
                file: fileName,
              },
            },
            more: result.renamed.map(({ from, to }) => ({
              id: 'views.import.renamed',
              values: { from, to },
            })),
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
            if (result.ok) {
              setMessage({
                kind: 'info',
                text: { id: 'views.saved', values: { name: view.name } },
              });
            }
            return result;
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <ViewNameDialog
          title={t('views.rename', { name: dialog.view.name })}
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
                text: {
                  id: 'views.renamed',
                  values: { from: dialog.view.name, to: values.name },
                },
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
