import { describe, expect, it } from 'vitest';
import { MAX_RECENT, withRecent } from './recent-searches';
import type { ViewSearch } from './view-model';

const search = (email: string): ViewSearch => ({
  criteria: { email },
  sort: undefined,
  pageSize: 25,
});

describe('withRecent', () => {
  it('puts the newest first, once, and keeps at most 10', () => {
    let list: ViewSearch[] = [];
    for (let i = 0; i < 12; i += 1) list = withRecent(list, search(`u${i}@x.com`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.criteria.email).toBe('u11@x.com');
    list = withRecent(list, search('u5@x.com'));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.criteria.email).toBe('u5@x.com');
    expect(list.filter((s) => s.criteria.email === 'u5@x.com')).toHaveLength(1);
  });
});
