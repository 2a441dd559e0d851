import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickLanguage, useDateLocale } from './language';

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
    const { result } = renderHook(() => useDateLocale());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.code).toBe('en-US'));
  });
});
