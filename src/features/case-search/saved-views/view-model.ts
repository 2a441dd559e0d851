// What a saved view is, how one is made from the search on screen, and how opening it turns back
// into a search. Pure: "now" and the time zone are parameters, so relative ranges can be tested.
import { presetBounds, RANGE_PRESETS, type RangePresetId } from '../date-bounds';
import {
  CRITERIA_KEYS,
  DATE_RANGES,
  SAVABLE_KEYS,
  type Criteria,
  type CriteriaKey,
  type DateRange,
} from '../criteria';
import type { Message } from '../../../lib/i18n';
import type { PageSize, Sort } from '../search-state';

export type RangeName = DateRange['key'];
export const MAX_VIEW_NAME = 80;

export interface SavedView {
  id: string;
  name: string;
  openAtSignIn: boolean;
  /** Criteria as typed, only those a view may keep; a relative range's bounds are not stored. */
  criteria: Criteria;
  /** Ranges worked out from "now" each time the view opens. */
  relative: Partial<Record<RangeName, RangePresetId>>;
  sort: Sort | undefined;
  pageSize: PageSize;
  /** ISO instant of the last save or rename. */
  savedAt: string;
}

/** The parts of the screen's state a view is made from and turns back into. */
export interface ViewSearch {
  criteria: Criteria;
  sort: Sort | undefined;
  pageSize: PageSize;
}

export interface ViewDraft {
  criteria: Criteria;
  /** Ranges whose bounds are what a preset gives today: kept relative unless the user says no. */
  relativeCandidates: Partial<Record<RangeName, RangePresetId>>;
  /** Criteria of the search that a view never keeps. */
  leftOut: CriteriaKey[];
  sort: Sort | undefined;
  pageSize: PageSize;
}

/** The preset (if any) whose bounds today are exactly `from`..`to`. */
export function matchingPreset(
  from: string | undefined,
  to: string | undefined,
  now: Date,
  timeZone: string,
): RangePresetId | undefined {
  if (!from || !to) return undefined;
  return RANGE_PRESETS.find((preset) => {
    const bounds = presetBounds(preset.id, now, timeZone);
    return bounds.from === from.trim() && bounds.to === to.trim();
  })?.id;
}

export function draftFromSearch(search: ViewSearch, now: Date, timeZone: string): ViewDraft {
  const criteria: Criteria = {};
  const leftOut: CriteriaKey[] = [];
  for (const key of CRITERIA_KEYS) {
    const value = search.criteria[key]?.trim();
    if (!value) continue;
    if (SAVABLE_KEYS.includes(key)) criteria[key] = value;
    else leftOut.push(key);
  }
  const relativeCandidates: ViewDraft['relativeCandidates'] = {};
  for (const range of DATE_RANGES) {
    const preset = matchingPreset(criteria[range.from], criteria[range.to], now, timeZone);
    if (preset) relativeCandidates[range.key] = preset;
  }
  return { criteria, relativeCandidates, leftOut, sort: search.sort, pageSize: search.pageSize };
}

/** The criteria and relative ranges stored for a draft, `keepRelative` naming the ranges kept so. */
export function storedCriteria(
  draft: ViewDraft,
  keepRelative: readonly RangeName[],
): Pick<SavedView, 'criteria' | 'relative'> {
  const criteria: Criteria = { ...draft.criteria };
  const relative: SavedView['relative'] = {};
  for (const range of DATE_RANGES) {
    const preset = draft.relativeCandidates[range.key];
    if (!preset || !keepRelative.includes(range.key)) continue;
    relative[range.key] = preset;
    delete criteria[range.from];
    delete criteria[range.to];
  }
  return { criteria, relative };
}

/** The search a view stands for at `now`: relative ranges become whole days in the user's zone. */
export function searchFromView(view: SavedView, now: Date, timeZone: string): ViewSearch {
  const criteria: Criteria = { ...view.criteria };
  for (const range of DATE_RANGES) {
    const preset = view.relative[range.key];
    if (!preset) continue;
    const bounds = presetBounds(preset, now, timeZone);
    criteria[range.from] = bounds.from;
    criteria[range.to] = bounds.to;
  }
  return { criteria, sort: view.sort, pageSize: view.pageSize };
}

export function hasAnyCriterion(view: Pick<SavedView, 'criteria' | 'relative'>): boolean {
  return Object.keys(view.criteria).length > 0 || Object.keys(view.relative).length > 0;
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Why a name cannot be used, or null. `exceptId` is the view being renamed. */
export function nameProblem(
  name: string,
  views: readonly SavedView[],
  exceptId?: string,
): Message | null {
  const trimmed = name.trim();
  if (trimmed === '') return { id: 'views.name.missing' };
  if (trimmed.length > MAX_VIEW_NAME) {
    return { id: 'views.name.tooLong', values: { max: MAX_VIEW_NAME, length: trimmed.length } };
  }
  const clash = views.find((view) => view.id !== exceptId && sameName(view.name, trimmed));
  if (clash) return { id: 'views.name.taken', values: { name: clash.name } };
  return null;
}

/** `name`, or `name (2)`, `name (3)`… whichever is free, cut so that it stays within the limit. */
export function freeName(name: string, taken: readonly string[]): string {
  const isTaken = (candidate: string) => taken.some((other) => sameName(other, candidate));
  const base = name.trim();
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_VIEW_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** A random id for a new view (not a secret; only needs to be unique on this browser). */
export function newViewId(): string {
  return crypto.randomUUID();
}
