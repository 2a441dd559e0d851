// The sign-in fields, used by the sign-in screen and by the "Session expired" dialog.
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { describeError } from '../../components/error-alert';
import { useT } from '../../lib/i18n';
import { signIn, signInRefusal } from './auth-api';

// Two required fields need neither a schema nor a form library: react-hook-form (about 9 kB gzip)
// stays in the signed-in app's chunk, and the sign-in screen stays the smallest first screen.
interface CredentialsInput {
  userName: string;
  password: string;
}

// Which fields are missing; the words come from the catalog where they are shown.
type CredentialErrors = Partial<Record<keyof CredentialsInput, true>>;

function validate(values: CredentialsInput): CredentialErrors {
  return {
    ...(values.userName.trim() === '' ? { userName: true as const } : {}),
    ...(values.password === '' ? { password: true as const } : {}),
  };
}

interface SignInFormProps {
  defaultUserName?: string;
  onSignedIn: () => void;
}

export function SignInForm({ defaultUserName = '', onSignedIn }: SignInFormProps) {
  const t = useT();
  const [failure, setFailure] = useState<unknown>(null);
  const [values, setValues] = useState<CredentialsInput>({
    userName: defaultUserName,
    password: '',
  });
  const [errors, setErrors] = useState<CredentialErrors>({});
  // After a submit with errors, each change checks again, so a message goes as soon as it is fixed.
  const [submitted, setSubmitted] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const userNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const refusal = failure ? signInRefusal(failure) : 'other';

  const change = (name: keyof CredentialsInput, value: string): void => {
    const next = { ...values, [name]: value };
    setValues(next);
    if (submitted) setErrors(validate(next));
  };

  const submit = async (force: boolean, event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (isSubmitting) return;
    setSubmitted(true);
    const found = validate(values);
    setErrors(found);
    if (found.userName || found.password) {
      (found.userName ? userNameRef : passwordRef).current?.focus();
      return;
    }
    setFailure(null);
    setIsSubmitting(true);
    try {
      await signIn({ userName: values.userName.trim(), password: values.password }, { force });
      onSignedIn();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSubmitting(false);
    }
  };

  const failureText = failure ? describeError(failure) : null;

  return (
    <form className="sign-in-form" noValidate onSubmit={(event) => void submit(false, event)}>
      <TextField
        label={t('signIn.userName')}
        autoComplete="username"
        error={errors.userName ? t('signIn.userNameMissing') : undefined}
        ref={userNameRef}
        name="userName"
        value={values.userName}
        onChange={(event) => change('userName', event.target.value)}
      />
      <TextField
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        error={errors.password ? t('signIn.passwordMissing') : undefined}
        ref={passwordRef}
        name="password"
        value={values.password}
        onChange={(event) => change('password', event.target.value)}
      />
      {failureText ? (
        <div role="alert" className="error-alert">
          <p>
            {refusal === 'unknown' ? t('signIn.refusedUnknown') : failureText.message}{' '}
            <span className="error-code">({failureText.code})</span>
          </p>
          {refusal === 'unknown' ? <p>{t('signIn.sessionLimitHint')}</p> : null}
          {refusal !== 'other' ? (
            <button type="button" disabled={isSubmitting} onClick={() => void submit(true)}>
              {t('signIn.force')}
            </button>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={isSubmitting}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
