import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateMessages, loadAppMessages, loadMessages } from '../lib/i18n';

// Components render their English words, as in an en-US browser.
await loadMessages('en-US');
activateMessages('en-US');
await loadAppMessages();

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
