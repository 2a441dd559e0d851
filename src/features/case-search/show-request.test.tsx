import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestText, ShowRequest } from './show-request';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const body = { phone: '4082229898', createdDate: '[2024-03-10T00:00:00.000Z,]' };
const query = { $pagenum: '1', $pagesize: '25' };

describe('ShowRequest', () => {
  it('shows the method, path and query, then the exact body', () => {
    expect(requestText(body, query)).toBe(
      'POST /system/ws/v20/interaction/case/lookup?$pagenum=1&$pagesize=25\n\n' +
        JSON.stringify(body, null, 2),
    );
  });

  it('copies the request and says so in a polite live region', async () => {
    const user = userEvent.setup();
    render(<ShowRequest body={body} query={query} />);
    await user.click(screen.getByText('Show request'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied')).toHaveAttribute('aria-live', 'polite');
    expect(await navigator.clipboard.readText()).toBe(requestText(body, query));
  });

  it('tells the user how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    render(<ShowRequest body={body} query={query} />);
    await user.click(screen.getByText('Show request'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});
