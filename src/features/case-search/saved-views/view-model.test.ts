import { describe, expect, it } from 'vitest';
import { say } from '../../../lib/i18n';
import {
  draftFromSearch,
  freeName,
  matchingPreset,
  nameProblem,
  searchFromView,
  storedCriteria,
  type SavedView,
} from './view-model';

const NY = 'America/New_York';

function view(overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: 'a',
    name: 'Open in Service',
    openAtSignIn: false,
    criteria: { status: 'open', department: 'Service' },
    relative: {},
    sort: undefined,
    pageSize: 25,
    savedAt: '2024-03-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('relative ranges', () => {
  // Saved on Friday 8 March 2024 at noon in New York (EST, UTC−5)…
  const savedAt = new Date('2024-03-08T17:00:00.000Z');
  // …opened on Tuesday 12 March at 08:30 (EDT, UTC−4): the clocks moved forward on the 10th.
  const openedAt = new Date('2024-03-12T12:30:00.000Z');

  it('recognises a preset in the bounds and leaves the identifying criteria out', () => {
    const draft = draftFromSearch(
      {
        criteria: {
          email: 'a@b.com',
          status: 'open',
          lastModifiedFrom: '2024-03-02',
          lastModifiedTo: '2024-03-08',
          createdFrom: '2024-01-05',
        },
        sort: { field: 'lastModifiedDate', order: 'desc' },
        pageSize: 50,
      },
      savedAt,
      NY,
    );
    expect(draft.leftOut).toEqual(['email']);
    expect(draft.criteria.email).toBeUndefined();
    expect(draft.relativeCandidates).toEqual({ lastModified: 'last7' });
  });

  it('works a "last 7 days" view out when it opens, across the DST change', () => {
    const draft = draftFromSearch(
      {
        criteria: { status: 'open', lastModifiedFrom: '2024-03-02', lastModifiedTo: '2024-03-08' },
        sort: undefined,
        pageSize: 25,
      },
      savedAt,
      NY,
    );
    const stored = storedCriteria(draft, ['lastModified']);
    expect(stored).toEqual({ criteria: { status: 'open' }, relative: { lastModified: 'last7' } });
    const opened = searchFromView(view(stored), openedAt, NY);
    expect(opened.criteria).toEqual({
      status: 'open',
      lastModifiedFrom: '2024-03-06',
      lastModifiedTo: '2024-03-12',
    });
  });

  it('uses the day of the user’s zone, not UTC’s, just before midnight', () => {
    // 23:30 on 10 March in New York is already 11 March in UTC.
    const lateEvening = new Date('2024-03-11T03:30:00.000Z');
    const opened = searchFromView(view({ relative: { created: 'today' } }), lateEvening, NY);
    expect(opened.criteria.createdFrom).toBe('2024-03-10');
    expect(opened.criteria.createdTo).toBe('2024-03-10');
  });

  it('keeps fixed dates fixed when the user says so', () => {
    const draft = draftFromSearch(
      {
        criteria: { lastModifiedFrom: '2024-03-02', lastModifiedTo: '2024-03-08' },
        sort: undefined,
        pageSize: 25,
      },
      savedAt,
      NY,
    );
    const stored = storedCriteria(draft, []);
    expect(stored.relative).toEqual({});
    expect(searchFromView(view(stored), openedAt, NY).criteria).toEqual({
      lastModifiedFrom: '2024-03-02',
      lastModifiedTo: '2024-03-08',
    });
  });

  it('finds no preset for bounds no preset gives today', () => {
    expect(matchingPreset('2024-03-01', '2024-03-08', savedAt, NY)).toBeUndefined();
    expect(matchingPreset('2024-03-01', undefined, savedAt, NY)).toBeUndefined();
    expect(matchingPreset('2024-02-01', '2024-02-29', savedAt, NY)).toBe('lastMonth');
  });
});

describe('names', () => {
  const views = [view({ id: 'a', name: 'Open in Service' })];

  it('refuses empty, too long and taken names, case-insensitively', () => {
    const problem = (name: string): string | null => {
      const found = nameProblem(name, views);
      return found && say(found);
    };
    expect(problem('   ')).toMatch(/Enter a name/);
    expect(problem('x'.repeat(81))).toMatch(/at most 80 characters; this one has 81/);
    expect(nameProblem('x'.repeat(80), views)).toBeNull();
    expect(problem(' open in service ')).toMatch(/already exists/);
    expect(nameProblem('Open in Service', views, 'a')).toBeNull();
  });

  it('finds a free name within the limit', () => {
    expect(freeName('Open in Service', ['Open in Service'])).toBe('Open in Service (2)');
    expect(freeName('A', ['A', 'a (2)'])).toBe('A (3)');
    const long = 'y'.repeat(80);
    const free = freeName(long, [long]);
    expect(free).toHaveLength(80);
    expect(free.endsWith(' (2)')).toBe(true);
  });
});
