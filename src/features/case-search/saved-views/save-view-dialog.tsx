// `Save view`: names the current search and says what the view leaves out (email, phone, customer
// ID) and which date ranges stay relative ("Last 7 days" is worked out each time the view opens).
import { listOf, useT } from '../../../lib/i18n';
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
  const t = useT();
  const relativeChoices: RelativeChoice[] = DATE_RANGES.flatMap((range) => {
    const preset = draft.relativeCandidates[range.key];
    const label = RANGE_PRESETS.find((p) => p.id === preset)?.label;
    return preset && label
      ? [
          {
            range: range.key,
            label: t('views.dialog.keepRelative', { range: t(range.label), preset: t(label) }),
          },
        ]
      : [];
  });
  const leftOut = draft.leftOut.map(criterionLabel);
  const nothingLeft = !hasAnyCriterion({ criteria: draft.criteria, relative: {} });

  return (
    <ViewNameDialog
      title={t('views.save')}
      views={views}
      initial={{ name: '', openAtSignIn: false, keepRelative: relativeChoices.map((c) => c.range) }}
      relativeChoices={relativeChoices}
      notes={
        leftOut.length > 0 ? (
          <p className="dialog-note">
            {t('views.dialog.leavesOut', { criteria: listOf(leftOut) })}
          </p>
        ) : null
      }
      onSubmit={(values) => {
        if (nothingLeft) {
          return { ok: false, message: { id: 'views.dialog.nothingLeft' } };
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
