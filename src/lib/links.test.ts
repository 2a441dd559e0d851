import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followableLink, idSchema, linksSchema, toApiPath } from './links';

const origin = 'https://console.example.com';

describe('toApiPath (D10 link policy)', () => {
  it.each([
    ['/system/ws/v20/interaction/customer/1000', '/v20/interaction/customer/1000'],
    ['/system/ws/v20/interaction/activity?case=1000', '/v20/interaction/activity?case=1000'],
    [`${origin}/system/ws/v12/interaction/case/7`, '/v12/interaction/case/7'],
  ])('follows %s', (href, expected) => {
    expect(toApiPath(href, origin)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/system/ws/v20/interaction/customer/1',
    '//evil.example/system/ws/v20/interaction/customer/1',
    '/system/other/v20/customer/1',
    '/system/ws/../admin',
    '/system/ws/%2e%2e/admin',
    '/system/ws/v20%2f..%2fadmin',
    '/system/ws\\..\\admin',
    'system/ws/v20/interaction/customer/1',
    'http://console.example.com:8080/system/ws/v20/interaction/customer/1',
  ])('refuses %s', (href) => {
    expect(toApiPath(href, origin)).toBeNull();
  });
});

describe('toApiPath on plain paths (read without URL parsing)', () => {
  // What the URL parser makes of an href: the answer the plain-path shortcut must agree with.
  const parsed = (href: string): string => {
    const url = new URL(href, origin);
    return url.pathname.slice('/system/ws'.length) + url.search;
  };

  it.each([
    '/system/ws/v20/interaction/case/1000',
    '/system/ws/v20/interaction/activity?case=1000&x=y_z-1',
    '/system/ws/a_b-C/9',
    '/system/ws/a//b',
  ])('reads %s as the URL parser does', (href) => {
    expect(toApiPath(href, origin)).toBe(parsed(href));
  });

  it.each([
    ['/system/ws/v20/case/1?', '/v20/case/1'],
    ['/system/ws/v20/case/1#top', '/v20/case/1'],
    ['/system/ws/v20/./case/1', '/v20/case/1'],
    ['/system/ws/v20/case/1?q=a b', '/v20/case/1?q=a%20b'],
  ])('leaves %s, which parsing changes, to the parser', (href, expected) => {
    expect(toApiPath(href, origin)).toBe(expected);
  });

  it.each([
    '/system/wsx/v20/case/1',
    '/system/ws',
    '/system/ws/a/../../admin',
    '/system/ws/%2e%2e/x',
  ])('still refuses %s', (href) => {
    expect(toApiPath(href, origin)).toBeNull();
  });
});

describe('normalisation', () => {
  it('turns an object link into an array and keeps arrays', () => {
    expect(linksSchema.parse({ rel: 'self', href: '/x' })).toEqual([{ rel: 'self', href: '/x' }]);
    expect(linksSchema.parse([{ rel: 'a', href: '/y' }])).toEqual([{ rel: 'a', href: '/y' }]);
    expect(linksSchema.parse(undefined)).toEqual([]);
  });

  it('turns numeric ids into strings', () => {
    expect(z.object({ id: idSchema }).parse({ id: 1013 })).toEqual({ id: '1013' });
  });

  it('picks the link with the wanted rel', () => {
    const links = [
      { rel: 'self', href: '/system/ws/v20/interaction/case/1' },
      { rel: 'customer', href: '/system/ws/v20/interaction/customer/9' },
    ];
    expect(followableLink(links, 'customer')).toBe('/v20/interaction/customer/9');
  });
});
