import { describe, expect, it } from 'vitest';
import { ACTIVITY_EXAMPLE } from '../../../../contract/examples';
import { activitiesResponseSchema } from './activity-schemas';

describe('activitiesResponseSchema', () => {
  it('reads §6.3', () => {
    const parsed = activitiesResponseSchema.parse({
      activity: [ACTIVITY_EXAMPLE],
      paginationInfo: { count: 2, pagenum: 1, pagesize: 25 },
    });
    expect(parsed.activity[0]).toEqual({
      id: '1011',
      links: [{ rel: 'self', href: '/system/ws/v20/interaction/activity/1011' }],
      subject: 'Charging is too slow',
      type: {
        value: 'email',
        displayValue: 'Email',
        detail: { value: 'general', displayValue: 'General' },
      },
      mode: { value: 'inbound', displayValue: 'Inbound' },
      status: {
        value: 'completed',
        displayValue: 'Completed',
        detail: { value: 'done', displayValue: 'Done' },
      },
      created: '2021-08-24T09:02:11.000Z',
      lastModified: '2021-08-25T13:18:25.000Z',
    });
  });

  it('tolerates a single object, numeric ids, an object link and missing fields', () => {
    const parsed = activitiesResponseSchema.parse({
      activity: {
        id: 1013,
        link: { rel: 'self', href: '/system/ws/v12/interaction/activity/1013' },
      },
    });
    expect(parsed.activity).toHaveLength(1);
    expect(parsed.activity[0]).toMatchObject({
      id: '1013',
      subject: '',
      type: undefined,
      created: undefined,
    });
    expect(parsed.activity[0]?.links).toHaveLength(1);
  });

  it('reads created and lastModified as ISO strings, nulls and numbers, one row at a time', () => {
    const parsed = activitiesResponseSchema.parse({
      activity: [
        { id: 1, created: '2021-08-24T09:02:11.000Z', lastModified: null, subject: 42 },
        { id: 2, created: { date: '2021-08-25T13:18:25.000Z', user: null }, subject: null },
        { id: 3, type: { value: ['email'] } },
        { subject: 'no id' },
      ],
    });
    expect(parsed.activity.map((row) => [row.id, row.created, row.subject])).toEqual([
      ['1', '2021-08-24T09:02:11.000Z', '42'],
      ['2', '2021-08-25T13:18:25.000Z', ''],
    ]);
    expect(parsed.skipped).toEqual([
      { id: '3', paths: ['type.value'] },
      { id: undefined, paths: ['id'] },
    ]);
  });
});
