// `Save view`: names the current search and says what the view leaves out (email, phone, customer
// ID) and which date ranges stay relative ("Last 7 days" is worked out each time the view opens).
import { RANGE_PRESETS } from '../date-bounds';
import { criterionLabel, DATE_RANGES } from '../criteria';
import {
  hasAnyCriterion,
  newViewId,
  storedCriteria,
  type SavedView,
  type ViewDraft,
} from './view-model';
import { ViewNameDialog, type RelativeChoice } from './view-name-dialog';
import type { WriteResult } from './views-store';

interface SaveViewDialogProps {
  draft: ViewDraft;
  views: readonly SavedView[];
  onSave: (view: SavedView) => WriteResult;
  onClose: () => void;
}

export function SaveViewDialog({ draft, views, onSave, onClose }: SaveViewDialogProps) {
  const relativeChoices: RelativeChoice[] = DATE_RANGES.flatMap((range) => {
    const preset = draft.relativeCandidates[range.key];
    const label = RANGE_PRESETS.find((p) => p.id === preset)?.label;
    return preset && label
      ? [
          {
            range: range.key,
            label: `Keep ${range.label} as “${label}” (worked out each time the view opens)`,
          },
        ]
      : [];
  });
  const leftOut = draft.leftOut.map(criterionLabel);
  const nothingLeft = !hasAnyCriterion({ criteria: draft.criteria, relative: {} });

  return (
    <ViewNameDialog
      title="Save view"
      views={views}
      initial={{ name: '', openAtSignIn: false, keepRelative: relativeChoices.map((c) => c.range) }}
      relativeChoices={relativeChoices}
      notes={
        leftOut.length > 0 ? (
          <p className="dialog-note">
            This view leaves out {leftOut.join(' and ')}: a saved view never keeps email, phone or
            customer ID.
          </p>
        ) : null
      }
      onSubmit={(values) => {
        if (nothingLeft) {
          return {
            ok: false,
            message:
              'Nothing would be left to search: add a status, department, owner, custom attribute or date range first.',
          };
        }
        return onSave({
          id: newViewId(),
          name: values.name,
          openAtSignIn: values.openAtSignIn,
          ...storedCriteria(draft, values.keepRelative),
          sort: draft.sort,
          pageSize: draft.pageSize,
          savedAt: new Date().toISOString(),
        });
      }}
      onClose={onClose}
    />
  );
}
