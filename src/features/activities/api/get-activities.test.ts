// Link policy (D10) as the activities pane applies it: a server link is followed only when it is a
// same-origin path under /system/ws/; otherwise the path is built from the id.
import { describe, expect, it } from 'vitest';
import { activitiesApiPath } from './get-activities';

const activityLink = (href: string) => [{ rel: 'activity', href }];

describe('activitiesApiPath', () => {
  it('follows the case activities link, query included', () => {
    expect(
      activitiesApiPath('1000', activityLink('/system/ws/v20/interaction/activity?case=1000')),
    ).toBe('/v20/interaction/activity?case=1000');
  });

  it.each([
    'javascript:void(0)',
    'data:text/plain,x',
    'https://evil.example/system/ws/v20/interaction/activity?case=1',
    '//evil.example/x',
    '/elsewhere/activity?case=1',
  ])('refuses %s', (href) => {
    expect(activitiesApiPath('1000', activityLink(href))).toBe(
      '/v20/interaction/activity?case=1000',
    );
  });
});
