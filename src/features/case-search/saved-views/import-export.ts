// Views as a JSON file: what `Export views` writes and what `Import views` accepts. Every entry of
// an imported file is checked on its own; the valid ones are added (renamed on a name clash) and
// each refused one is named with its reason. Pure: the caller reads the file and stores the result.
import { z } from 'zod';
import { listOf, type Message } from '../../../lib/i18n';
import { criterionLabel } from '../criteria';
import { validateCriteria } from '../form/criteria-schema';
import { freeName, hasAnyCriterion, searchFromView, type SavedView } from './view-model';
import { MAX_VIEWS } from './storage-format';
import {
  criteriaKeyProblems,
  criteriaRecordSchema,
  issueField,
  keptCriteria,
  pageSizeSchema,
  relativeSchema,
  sortSchema,
} from './view-schema';
import { MAX_VIEW_NAME } from './view-model';

export const EXPORT_FORMAT = 'egain-case-search/saved-views';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1_000_000;

/** The file `Export views` downloads. "Open at sign-in" is personal and stays out. */
export function exportDocument(views: readonly SavedView[], server: string, now: Date): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      server,
      exportedAt: now.toISOString(),
      views: views.map((view) => ({
        name: view.name,
        criteria: view.criteria,
        relative: view.relative,
        ...(view.sort ? { sort: view.sort } : {}),
        pageSize: view.pageSize,
      })),
    },
    null,
    2,
  )}\n`;
}

export function exportFileName(now: Date): string {
  return `saved-views-${now.toISOString().slice(0, 10)}.json`;
}

const documentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  server: z.string(),
  views: z.array(z.unknown()).max(1000),
});

const entrySchema = z.object({
  name: z.string(),
  criteria: criteriaRecordSchema,
  relative: relativeSchema.optional(),
  sort: sortSchema.optional(),
  pageSize: pageSizeSchema.optional(),
});

export interface ImportContext {
  server: string;
  existing: readonly SavedView[];
  /** The server's custom attribute names, or null when it does not list them (free text). */
  customAttributes: readonly string[] | null;
  timeZone: string;
  now: Date;
  newId: () => string;
}

export interface Refusal {
  /** The entry's name, or (when it has none) `Entry <position>`. */
  entry: string | Message;
  reason: Message;
}

export type ImportResult =
  | { ok: false; message: Message }
  | {
      ok: true;
      added: SavedView[];
      renamed: { from: string; to: string }[];
      refused: Refusal[];
    };

function entryLabel(entry: unknown, index: number): string | Message {
  const named = z.object({ name: z.string().trim().min(1) }).safeParse(entry);
  return named.success
    ? named.data.name.slice(0, MAX_VIEW_NAME + 20)
    : { id: 'views.import.entry', values: { position: index + 1 } };
}

function checkEntry(
  entry: unknown,
  context: ImportContext,
):
  | { ok: true; view: Omit<SavedView, 'id' | 'name'> & { name: string } }
  | { ok: false; reason: Message } {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) {
    const field = issueField(parsed.error);
    return {
      ok: false,
      reason: field
        ? { id: 'views.refused.invalid', values: { field } }
        : { id: 'views.refused.notAView' },
    };
  }
  const { name: rawName, criteria: record, relative = {}, sort, pageSize = 25 } = parsed.data;
  const name = rawName.trim();
  if (name === '') return { ok: false, reason: { id: 'views.refused.noName' } };
  if (name.length > MAX_VIEW_NAME) {
    return {
      ok: false,
      reason: {
        id: 'views.refused.nameTooLong',
        values: { length: name.length, max: MAX_VIEW_NAME },
      },
    };
  }
  const { identifying, unknown } = criteriaKeyProblems(record);
  if (identifying.length > 0) {
    return {
      ok: false,
      reason: {
        id: 'views.refused.identifying',
        values: { criteria: () => listOf(identifying.map(criterionLabel)) },
      },
    };
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: { id: 'views.refused.unknownCriteria', values: { keys: unknown.join(', ') } },
    };
  }
  const view = {
    name,
    openAtSignIn: false,
    criteria: keptCriteria(record),
    relative,
    sort,
    pageSize,
    savedAt: context.now.toISOString(),
  };
  if (!hasAnyCriterion(view)) return { ok: false, reason: { id: 'views.refused.noCriterion' } };
  const criteria = searchFromView({ ...view, id: '' }, context.now, context.timeZone).criteria;
  // The rule's own message is worked out again each time it is said, in the language of then.
  const firstError = () => Object.values(validateCriteria(criteria, context.timeZone))[0] ?? '';
  if (firstError()) {
    return { ok: false, reason: { id: 'views.refused.brokenRule', values: { rule: firstError } } };
  }
  const customName = view.criteria.customName;
  if (customName && context.customAttributes && !context.customAttributes.includes(customName)) {
    return {
      ok: false,
      reason: { id: 'views.refused.missingAttribute', values: { attribute: customName } },
    };
  }
  return { ok: true, view };
}

export function importDocument(text: string, context: ImportContext): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: { id: 'views.import.tooLarge', values: { megabytes: MAX_IMPORT_BYTES / 1_000_000 } },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: { id: 'views.import.notJson' } };
  }
  const document = documentSchema.safeParse(json);
  if (!document.success) return { ok: false, message: { id: 'views.import.notViews' } };
  if (document.data.version > EXPORT_VERSION) {
    return {
      ok: false,
      message: { id: 'views.import.newer', values: { version: document.data.version } },
    };
  }
  if (document.data.server !== context.server) {
    return {
      ok: false,
      message: {
        id: 'views.import.otherServer',
        values: { from: document.data.server, server: context.server },
      },
    };
  }

  const added: SavedView[] = [];
  const renamed: { from: string; to: string }[] = [];
  const refused: Refusal[] = [];
  document.data.views.forEach((entry, index) => {
    const label = entryLabel(entry, index);
    const result = checkEntry(entry, context);
    if (!result.ok) {
      refused.push({ entry: label, reason: result.reason });
      return;
    }
    if (context.existing.length + added.length >= MAX_VIEWS) {
      refused.push({
        entry: label,
        reason: { id: 'views.refused.limit', values: { max: MAX_VIEWS } },
      });
      return;
    }
    const taken = [...context.existing, ...added].map((view) => view.name);
    const name = freeName(result.view.name, taken);
    if (name !== result.view.name) renamed.push({ from: result.view.name, to: name });
    added.push({ ...result.view, id: context.newId(), name });
  });
  return { ok: true, added, renamed, refused };
}
