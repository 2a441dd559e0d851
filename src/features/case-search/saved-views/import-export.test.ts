import { describe, expect, it } from 'vitest';
import { say } from '../../../lib/i18n';

// Typed wrappers: vitest's asymmetric matchers are typed `any`.
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
import {
  exportDocument,
  importDocument as importMessages,
  type ImportContext,
} from './import-export';

/** The import's outcome with its messages said in English (the tests' language). */
function importDocument(text: string, context: ImportContext) {
  const result = importMessages(text, context);
  return result.ok
    ? {
        ...result,
        refused: result.refused.map(({ entry, reason }) => ({
          entry: typeof entry === 'string' ? entry : say(entry),
          reason: say(reason),
        })),
      }
    : { ok: false as const, message: say(result.message) };
}
import type { SavedView } from './view-model';

const NOW = new Date('2024-06-01T10:00:00.000Z');
const SERVER = 'https://acme.example.com';

const existing: SavedView = {
  id: 'x',
  name: 'Open in Service',
  openAtSignIn: true,
  criteria: { status: 'open', department: 'Service' },
  relative: { lastModified: 'last7' },
  sort: { field: 'id', order: 'desc' },
  pageSize: 50,
  savedAt: '2024-05-01T08:00:00.000Z',
};

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  let n = 0;
  return {
    server: SERVER,
    existing: [existing],
    customAttributes: ['region', 'tier'],
    timeZone: 'UTC',
    now: NOW,
    newId: () => `new-${++n}`,
    ...overrides,
  };
}

function file(views: unknown[], server = SERVER): string {
  return JSON.stringify({ format: 'egain-case-search/saved-views', version: 1, server, views });
}

describe('export then import', () => {
  it('round-trips, renaming on a clash and never carrying "open at sign-in"', () => {
    const text = exportDocument([existing], SERVER, NOW);
    expect(text).not.toContain('openAtSignIn');
    const result = importDocument(text, context());
    expect(result).toEqual({
      ok: true,
      added: [
        {
          ...existing,
          id: 'new-1',
          name: 'Open in Service (2)',
          openAtSignIn: false,
          savedAt: NOW.toISOString(),
        },
      ],
      renamed: [{ from: 'Open in Service', to: 'Open in Service (2)' }],
      refused: [],
    });
  });
});

describe('importDocument refuses', () => {
  it('whole files that are not ours, newer, or from another server', () => {
    expect(importDocument('{oops', context())).toMatchObject({
      ok: false,
      message: matching(/not valid JSON/),
    });
    expect(importDocument('{"views":[]}', context())).toMatchObject({
      ok: false,
      message: matching(/not a views file/),
    });
    expect(
      importDocument(
        JSON.stringify({
          format: 'egain-case-search/saved-views',
          version: 7,
          server: SERVER,
          views: [],
        }),
        context(),
      ),
    ).toMatchObject({ ok: false, message: matching(/newer version/) });
    expect(importDocument(file([], 'https://other.example.com'), context())).toMatchObject({
      ok: false,
      message: matching(/another eGain server \(https:\/\/other\.example\.com\)/),
    });
  });

  it('each bad entry with its reason, and adds the good ones', () => {
    const result = importDocument(
      file([
        { name: 'Good', criteria: { status: 'closed' } },
        { name: '', criteria: { status: 'open' } },
        { name: 'z'.repeat(81), criteria: { status: 'open' } },
        { name: 'Identifies', criteria: { email: 'a@b.com', status: 'open' } },
        { name: 'Unknown key', criteria: { colour: 'red' } },
        { name: 'Bad date', criteria: { createdFrom: '2024-02-30' } },
        { name: 'Gone attribute', criteria: { customName: 'legacy', customValue: '1' } },
        { name: 'Empty', criteria: {} },
        'not an object',
      ]),
      context(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added.map((view) => view.name)).toEqual(['Good']);
    expect(result.refused).toEqual([
      { entry: 'Entry 2', reason: 'It has no name.' },
      { entry: 'z'.repeat(81), reason: 'Its name has 81 characters; at most 80 are allowed.' },
      { entry: 'Identifies', reason: 'It holds Email, which a saved view never keeps.' },
      { entry: 'Unknown key', reason: 'It has criteria this app does not know: colour.' },
      {
        entry: 'Bad date',
        reason: matching(/^Its criteria break a rule: This date or time does not exist/),
      },
      {
        entry: 'Gone attribute',
        reason: 'It uses the custom attribute “legacy”, which this eGain server does not have.',
      },
      { entry: 'Empty', reason: 'It has no search criterion.' },
      { entry: 'Entry 9', reason: matching(/not valid/) },
    ]);
  });

  it('accepts any attribute when the server does not list them', () => {
    const result = importDocument(
      file([{ name: 'Legacy', criteria: { customName: 'legacy', customValue: '1' } }]),
      context({ customAttributes: null }),
    );
    expect(result).toMatchObject({ ok: true, refused: [] });
  });
});
