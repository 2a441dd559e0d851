import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addressBarParams,
  navigateHash,
  showHash,
  showHashAfterPaint,
  useHashParams,
} from './url-state';

const shown = (result: { current: URLSearchParams }): string => result.current.toString();

describe('url-state', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
    showHash();
  });

  it('shows a navigation at once and adds a history entry', () => {
    const { result } = renderHook(() => useHashParams());
    const entries = window.history.length;
    act(() => navigateHash(new URLSearchParams('department=Sales')));
    expect(shown(result)).toBe('department=Sales');
    expect(window.location.hash).toBe('#department=Sales');
    expect(window.history.length).toBe(entries + 1);
  });

  it('holds a navigation in the address bar until showHash', () => {
    const { result } = renderHook(() => useHashParams());
    act(() => navigateHash(new URLSearchParams('department=Service')));
    act(() => navigateHash(new URLSearchParams('department=Sales'), { held: true }));
    expect(window.location.hash).toBe('#department=Sales');
    expect(shown(result)).toBe('department=Service');
    // What a change builds on is the address bar, the held search included.
    expect(addressBarParams().get('department')).toBe('Sales');

    act(() => showHash());
    expect(shown(result)).toBe('department=Sales');
  });

  it('a held navigation replaced by another one shows the latest', () => {
    const { result } = renderHook(() => useHashParams());
    act(() => navigateHash(new URLSearchParams('department=Sales'), { held: true }));
    act(() => navigateHash(new URLSearchParams('department=Sales&sort=subject')));
    expect(shown(result)).toBe('department=Sales&sort=subject');
  });

  it('showHashAfterPaint shows a held navigation after the next frame, not before', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
    const { result } = renderHook(() => useHashParams());
    act(() => navigateHash(new URLSearchParams('pane=customer%3A1000'), { held: true }));
    act(() => showHashAfterPaint());
    expect(window.location.hash).toBe('#pane=customer%3A1000');
    expect(shown(result)).toBe('');

    // The frame: its animation frame callbacks, then its paint; the screen changes after it.
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(shown(result)).toBe('');
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(shown(result)).toBe('pane=customer%3A1000');
  });

  it('showHashAfterPaint shows at once in a hidden page, which paints no frames', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { result } = renderHook(() => useHashParams());
    act(() => navigateHash(new URLSearchParams('pane=customer%3A1000'), { held: true }));
    act(() => showHashAfterPaint());
    expect(shown(result)).toBe('pane=customer%3A1000');
  });

  it('Back, Forward and edits of the fragment are shown at once', () => {
    const { result } = renderHook(() => useHashParams());
    act(() => navigateHash(new URLSearchParams('department=Sales'), { held: true }));
    act(() => {
      window.history.replaceState(null, '', '/#status=open');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown(result)).toBe('status=open');
    act(() => {
      window.history.replaceState(null, '', '/#status=closed');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(shown(result)).toBe('status=closed');
  });

  it('sends nothing and renders nothing for the fragment already there', () => {
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useHashParams();
    });
    act(() => navigateHash(new URLSearchParams('page=2')));
    const entries = window.history.length;
    const before = renders;
    act(() => navigateHash(new URLSearchParams('page=2')));
    expect(window.history.length).toBe(entries);
    expect(renders).toBe(before);
  });
});
