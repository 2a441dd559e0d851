import { afterEach, describe, expect, it } from 'vitest';
import { say, type Message } from '../../../lib/i18n';

// Typed wrappers: vitest's asymmetric matchers are typed `any`.
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const containing = (shape: Record<string, unknown>): unknown => expect.objectContaining(shape);
import {
  MAX_STORED_CHARS,
  STORAGE_VERSION,
  readStore,
  storageKey,
  writeStore,
} from './storage-format';
import { createViewsStore } from './views-store';
import type { SavedView } from './view-model';

const NOW = new Date('2024-06-01T10:00:00.000Z');

/** A read with its problem said in English (the tests' language). */
function said(read: ReturnType<typeof readStore>) {
  return 'problem' in read ? { ...read, problem: say(read.problem) } : read;
}
const sayAll = (messages: Message[]): string[] => messages.map(say);

const serviceView: SavedView = {
  id: 'v-1',
  name: 'Open in Service',
  openAtSignIn: true,
  criteria: { status: 'open', department: 'Service' },
  relative: { lastModified: 'last7' },
  sort: { field: 'lastModifiedDate', order: 'desc' },
  pageSize: 50,
  savedAt: '2024-05-01T08:00:00.000Z',
};

describe('readStore / writeStore', () => {
  it('round-trips views in the current version', () => {
    const raw = writeStore([serviceView], []);
    expect(JSON.parse(raw)).toMatchObject({ version: STORAGE_VERSION });
    expect(readStore(raw, NOW)).toEqual({
      state: 'ok',
      views: [serviceView],
      unreadEntries: [],
      problems: [],
    });
  });

  it('migrates version 1 documents', () => {
    const raw = JSON.stringify({
      version: 1,
      views: [
        {
          name: 'Billing closed',
          criteria: { status: 'closed', department: 'Billing' },
          sort: 'id:desc',
          pageSize: 75,
        },
        { name: 'Plain', criteria: { ownerId: '1010' } },
      ],
    });
    const read = readStore(raw, NOW);
    expect(read).toMatchObject({ state: 'ok', migratedFrom: 1, problems: [] });
    if (read.state !== 'ok') return;
    expect(read.views).toEqual([
      {
        id: 'v1-1',
        name: 'Billing closed',
        openAtSignIn: false,
        criteria: { status: 'closed', department: 'Billing' },
        relative: {},
        sort: { field: 'id', order: 'desc' },
        pageSize: 75,
        savedAt: NOW.toISOString(),
      },
      containing({ id: 'v1-2', pageSize: 25, sort: undefined }),
    ]);
  });

  it('keeps the entries that parse and the others untouched, and says so', () => {
    const broken = { id: 'v-2', name: '', criteria: {} };
    const identifying = { ...serviceView, id: 'v-3', criteria: { email: 'a@b.com' } };
    const raw = JSON.stringify({ version: 2, views: [serviceView, broken, identifying] });
    const read = readStore(raw, NOW);
    expect(read.state).toBe('ok');
    if (read.state !== 'ok') return;
    expect(read.views).toEqual([serviceView]);
    expect(read.unreadEntries).toEqual([broken, identifying]);
    expect(read.problems).toHaveLength(1);
    const [problem = ''] = sayAll(read.problems);
    expect(problem).toMatch(/2 saved views on this browser could not be read/);
    expect(problem).toMatch(/holds email/);
    // Written back after the good ones, so nothing is lost.
    expect(JSON.parse(writeStore(read.views, read.unreadEntries))).toEqual({
      version: 2,
      views: [serviceView, broken, identifying],
    });
  });

  it('reports corrupt, foreign, oversized and newer data without reading it', () => {
    expect(readStore('{"version":2,"views":[', NOW)).toMatchObject({ state: 'unreadable' });
    expect(readStore('[1,2,3]', NOW)).toMatchObject({ state: 'unreadable' });
    expect(said(readStore('x'.repeat(MAX_STORED_CHARS + 1), NOW))).toMatchObject({
      state: 'unreadable',
      problem: matching(/larger than/),
    });
    expect(said(readStore(JSON.stringify({ version: 9, views: [] }), NOW))).toMatchObject({
      state: 'newer',
      problem: matching(/newer version/),
    });
    expect(readStore(null, NOW)).toEqual({ state: 'empty' });
  });
});

describe('views store', () => {
  afterEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('keeps each user’s views apart, per eGain server, whatever the case of the user name', () => {
    const qa1 = createViewsStore('https://a.example.com', 'qa1', () => NOW);
    expect(qa1.write([serviceView])).toEqual({ ok: true });
    expect(
      createViewsStore('https://a.example.com', 'QA1 ', () => NOW).getSnapshot().views,
    ).toEqual([serviceView]);
    expect(createViewsStore('https://a.example.com', 'qa2', () => NOW).getSnapshot().views).toEqual(
      [],
    );
    expect(createViewsStore('https://b.example.com', 'qa1', () => NOW).getSnapshot().views).toEqual(
      [],
    );
    expect(storageKey('https://a.example.com', 'qa1')).not.toBe(
      storageKey('https://a.example.com', 'qa2'),
    );
  });

  it('never writes over a newer version’s data', () => {
    const key = storageKey('s', 'u');
    const newer = JSON.stringify({ version: 9, views: [{ anything: true }] });
    window.localStorage.setItem(key, newer);
    const store = createViewsStore('s', 'u', () => NOW);
    const { readOnly } = store.getSnapshot();
    expect(readOnly && say(readOnly)).toMatch(/newer version/);
    expect(store.write([serviceView])).toMatchObject({ ok: false });
    expect(window.localStorage.getItem(key)).toBe(newer);
  });

  it('sets corrupt data aside before the first write, and reports it once per tab', () => {
    const key = storageKey('s', 'u');
    window.localStorage.setItem(key, 'not json');
    const store = createViewsStore('s', 'u', () => NOW);
    expect(sayAll(store.getSnapshot().problems)).toEqual([matching(/not valid JSON/)]);
    expect(createViewsStore('s', 'u', () => NOW).getSnapshot().problems).toEqual([]);
    expect(store.write([serviceView])).toEqual({ ok: true });
    expect(window.localStorage.getItem(`${key}:unreadable`)).toBe('not json');
    expect(readStore(window.localStorage.getItem(key), NOW)).toMatchObject({
      views: [serviceView],
    });
  });

  it('never stores a session id or password', () => {
    window.sessionStorage.setItem('egain.session', 'secret-session');
    const store = createViewsStore('s', 'u', () => NOW);
    store.write([serviceView]);
    const everything = Object.keys(window.localStorage)
      .map((key) => `${key}=${window.localStorage.getItem(key) ?? ''}`)
      .join('\n');
    expect(everything).not.toContain('secret-session');
    expect(everything).not.toMatch(/password|session/i);
  });
});
