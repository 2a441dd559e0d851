// The sign-in fields as a user meets them: required-field messages, focus on the first problem,
// the trimmed user name sent, the network mocked with msw.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../lib/session-store';
import { SignInForm } from './sign-in-form';

const LOGIN_URL = 'http://localhost:3000/system/ws/v12/authentication/user/login';
let sentBodies: unknown[] = [];
const server = setupServer(
  http.post(LOGIN_URL, async ({ request }) => {
    sentBodies.push(await request.json());
    return new HttpResponse(null, { status: 204, headers: { 'X-egain-session': 'session-1' } });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Vitest runs without globals here, so Testing Library cannot register its own cleanup.
  cleanup();
  server.resetHandlers();
  sessionStore.clear();
  sentBodies = [];
});
afterAll(() => server.close());

describe('SignInForm', () => {
  it('names both missing fields, focuses the first, and sends nothing', async () => {
    const user = userEvent.setup();
    const onSignedIn = vi.fn();
    render(<SignInForm onSignedIn={onSignedIn} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const userName = screen.getByRole('textbox', { name: 'User name' });
    expect(userName).toHaveAccessibleDescription('Enter your eGain user name.');
    expect(userName).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(userName).toHaveFocus();
    expect(sentBodies).toEqual([]);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('drops a message as soon as the field is fixed, and a blank user name is still missing', async () => {
    const user = userEvent.setup();
    render(<SignInForm onSignedIn={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const userName = screen.getByRole('textbox', { name: 'User name' });

    await user.type(userName, '   ');
    expect(userName).toHaveAccessibleDescription('Enter your eGain user name.');
    await user.type(userName, 'qa1');
    expect(userName).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
  });

  it('signs in with the trimmed user name and the password as typed', async () => {
    const user = userEvent.setup();
    const onSignedIn = vi.fn();
    render(<SignInForm defaultUserName="  qa1 " onSignedIn={onSignedIn} />);
    await user.type(screen.getByLabelText('Password'), ' secret ');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(sentBodies).toEqual([{ userName: 'qa1', password: ' secret ' }]);
    expect(sessionStore.getSessionId()).toBe('session-1');
  });
});
