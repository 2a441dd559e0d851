import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { pickLanguage, useDateLocale, useLanguageSnapshot } from './language';
import { LanguageContext } from './language-context';

describe('pickLanguage (D12)', () => {
  it('maps browser languages onto the eGain list', () => {
    expect(pickLanguage(['de-AT', 'en'])).toBe('de-DE');
    expect(pickLanguage(['fr-CA'])).toBe('fr-CA');
    expect(pickLanguage(['pt'])).toBe('pt-BR');
    expect(pickLanguage(['xx-YY', 'sv'])).toBe('sv-SE');
  });
  it('falls back to en-US', () => {
    expect(pickLanguage(['tlh'])).toBe('en-US');
    expect(pickLanguage([])).toBe('en-US');
  });
});

describe('useDateLocale', () => {
  it('re-renders the dates already shown when their locale arrives', async () => {
    // As in the app: under the provider that hands the language down (src/app/providers.tsx).
    const Wrapper = ({ children }: { children: ReactNode }) =>
      createElement(LanguageContext, { value: useLanguageSnapshot() }, children);
    const { result } = renderHook(() => useDateLocale(), { wrapper: Wrapper });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.code).toBe('en-US'));
  });
});
