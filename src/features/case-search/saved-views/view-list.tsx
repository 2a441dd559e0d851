// The `Saved views` list: each view opens with one click and shows its count; rename and delete
// act on one view.
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

const numberFormat = new Intl.NumberFormat();

function countText(count: ViewCount | undefined): string {
  if (!count || count.state === 'unknown') return 'count unknown';
  if (count.state === 'loading') return 'counting…';
  return `${numberFormat.format(count.count)} ${count.count === 1 ? 'case' : 'cases'}`;
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
  if (views.length === 0) {
    return (
      <p className="saved-views-empty">
        No saved views yet. Search, then choose Save view to keep the criteria.
      </p>
    );
  }
  return (
    <ul className="saved-views-list">
      {views.map((view, index) => (
        <li key={view.id} className="saved-view">
          <button type="button" className="saved-view-open" onClick={() => onOpen(view)}>
            <span className="saved-view-name">{view.name}</span>
            {showCounts ? (
              <span className="saved-view-count"> ({countText(counts.get(view.id))})</span>
            ) : null}
            {view.openAtSignIn ? (
              <span className="saved-view-default"> · opens at sign-in</span>
            ) : null}
          </button>
          <span className="saved-view-actions">
            <button
              type="button"
              aria-label={`Rename view ${view.name}`}
              title="Rename"
              onClick={(event) => onRename(view, event.currentTarget)}
            >
              Rename
            </button>
            <button
              type="button"
              aria-label={`Copy link to view ${view.name}`}
              title="Copy link"
              onClick={() => onCopyLink(view)}
            >
              Link
            </button>
            <button
              type="button"
              aria-label={`Delete view ${view.name}`}
              title="Delete"
              onClick={() => onDelete(view, index)}
            >
              Delete
            </button>
          </span>
          {missingAttribute(view) ? (
            <span className="field-error">
              Its custom attribute “{missingAttribute(view)}” no longer exists on the eGain server.
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
