// Link policy (D10) as the customer pane applies it: a server link is followed only when it is a same-origin
// path under /system/ws/; otherwise the path is built from the id.
import { describe, expect, it } from 'vitest';
import { customerApiPath } from './get-customer';

const customerLink = (href: string) => [{ rel: 'customer', href }];

describe('customerApiPath', () => {
  it('follows a same-origin link under the API root', () => {
    expect(customerApiPath('1000', customerLink('/system/ws/v20/interaction/customer/1000'))).toBe(
      '/v20/interaction/customer/1000',
    );
    expect(
      customerApiPath(
        '1000',
        customerLink(`${window.location.origin}/system/ws/v12/interaction/customer/1000`),
      ),
    ).toBe('/v12/interaction/customer/1000');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{"customer":[]}'],
    ['another origin', 'https://evil.example/system/ws/v20/interaction/customer/1000'],
    ['a protocol-relative URL', '//evil.example/system/ws/v20/interaction/customer/1000'],
    ['a path outside /system/ws/', '/admin/customer/1000'],
    ['a path climbing out of the API', '/system/ws/../admin/customer/1000'],
    ['an encoded climb', '/system/ws/%2e%2e/admin'],
  ])('ignores %s and builds the path from the id', (_what, href) => {
    expect(customerApiPath('1000', customerLink(href))).toBe('/v20/interaction/customer/1000');
  });

  it('builds the path from the id when there is no link (pane opened from a URL)', () => {
    expect(customerApiPath('1000')).toBe('/v20/interaction/customer/1000');
  });
});
