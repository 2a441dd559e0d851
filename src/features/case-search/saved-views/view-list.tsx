// The `Saved views` list: each view opens with one click and shows its count; rename and delete
// act on one view.
import { useT, type Translate } from '../../../lib/i18n';
import type { SavedView } from './view-model';
import type { ViewCount } from './use-view-counts';

interface ViewListProps {
  views: readonly SavedView[];
  counts: Map<string, ViewCount>;
  showCounts: boolean;
  /** The custom attribute a view uses that the server no longer has, if any. */
  missingAttribute: (view: SavedView) => string | null;
  onOpen: (view: SavedView) => void;
  onRename: (view: SavedView, opener: HTMLElement) => void;
  onDelete: (view: SavedView, index: number) => void;
  onCopyLink: (view: SavedView) => void;
}

function countText(t: Translate, count: ViewCount | undefined): string {
  if (!count || count.state === 'unknown') return t('views.count.unknown');
  if (count.state === 'loading') return t('views.count.loading');
  return t('views.count.known', { count: count.count });
}

export function ViewList({
  views,
  counts,
  showCounts,
  missingAttribute,
  onOpen,
  onRename,
  onDelete,
  onCopyLink,
}: ViewListProps) {
  const t = useT();
  if (views.length === 0) {
    return <p className="saved-views-empty">{t('views.none')}</p>;
  }
  return (
    <ul className="saved-views-list">
      {views.map((view, index) => (
        <li key={view.id} className="saved-view">
          <button type="button" className="saved-view-open" onClick={() => onOpen(view)}>
            <span className="saved-view-name">{view.name}</span>
            {showCounts ? (
              <span className="saved-view-count"> {countText(t, counts.get(view.id))}</span>
            ) : null}
            {view.openAtSignIn ? (
              <span className="saved-view-default"> {t('views.opensAtSignIn')}</span>
            ) : null}
          </button>
          <span className="saved-view-actions">
            <button
              type="button"
              aria-label={t('views.rename', { name: view.name })}
              title={t('views.renameShort')}
              onClick={(event) => onRename(view, event.currentTarget)}
            >
              {t('views.renameShort')}
            </button>
            <button
              type="button"
              aria-label={t('views.copyLink', { name: view.name })}
              title={t('views.copyLinkShort')}
              onClick={() => onCopyLink(view)}
            >
              {t('views.link')}
            </button>
            <button
              type="button"
              aria-label={t('views.delete', { name: view.name })}
              title={t('views.deleteShort')}
              onClick={() => onDelete(view, index)}
            >
              {t('views.deleteShort')}
            </button>
          </span>
          {missingAttribute(view) ? (
            <span className="field-error">
              {t('views.attributeMissing', { attribute: missingAttribute(view) ?? '' })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
