import { SignInForm } from './sign-in-form';

export function SignInPage() {
  return (
    <main className="sign-in-page" id="main">
      <div className="sign-in-card">
        <h1>Sign in</h1>
        <p className="muted">Use your eGain agent account.</p>
        {/* Signing in updates the session store; the app re-renders into the search screen. */}
        <SignInForm onSignedIn={() => undefined} />
      </div>
    </main>
  );
}
