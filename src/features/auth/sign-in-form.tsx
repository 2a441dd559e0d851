// The sign-in fields, used by the sign-in screen and by the "Session expired" dialog.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../components/text-field';
import { describeError } from '../../components/error-alert';
import { useT } from '../../lib/i18n';
import { signIn, signInRefusal } from './auth-api';

// Two required fields need no schema library: the sign-in screen stays the smallest first screen.
interface CredentialsInput {
  userName: string;
  password: string;
}

interface SignInFormProps {
  defaultUserName?: string;
  onSignedIn: () => void;
}

export function SignInForm({ defaultUserName = '', onSignedIn }: SignInFormProps) {
  const t = useT();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<CredentialsInput>({
    defaultValues: { userName: defaultUserName, password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const refusal = failure ? signInRefusal(failure) : 'other';

  const submit = (force: boolean) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      try {
        await signIn({ userName: values.userName.trim(), password: values.password }, { force });
        onSignedIn();
      } catch (error) {
        setFailure(error);
      }
    });

  const failureText = failure ? describeError(failure) : null;

  return (
    <form className="sign-in-form" noValidate onSubmit={(event) => void submit(false)(event)}>
      <TextField
        label={t('signIn.userName')}
        autoComplete="username"
        error={errors.userName ? t('signIn.userNameMissing') : undefined}
        {...form.register('userName', { validate: (value) => value.trim() !== '' })}
      />
      <TextField
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        error={errors.password ? t('signIn.passwordMissing') : undefined}
        {...form.register('password', { required: true })}
      />
      {failureText ? (
        <div role="alert" className="error-alert">
          <p>
            {refusal === 'unknown' ? t('signIn.refusedUnknown') : failureText.message}{' '}
            <span className="error-code">({failureText.code})</span>
          </p>
          {refusal === 'unknown' ? <p>{t('signIn.sessionLimitHint')}</p> : null}
          {refusal !== 'other' ? (
            <button type="button" disabled={isSubmitting} onClick={() => void submit(true)()}>
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
