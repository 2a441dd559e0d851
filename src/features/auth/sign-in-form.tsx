// The sign-in fields, used by the sign-in screen and by the "Session expired" dialog.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../components/text-field';
import { describeError } from '../../components/error-alert';
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
        label="User name"
        autoComplete="username"
        error={errors.userName?.message}
        {...form.register('userName', {
          validate: (value) => value.trim() !== '' || 'Enter your eGain user name.',
        })}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register('password', { required: 'Enter your password.' })}
      />
      {failureText ? (
        <div role="alert" className="error-alert">
          <p>
            {refusal === 'unknown'
              ? 'The eGain server refused the sign-in without saying why.'
              : failureText.message}{' '}
            <span className="error-code">({failureText.code})</span>
          </p>
          {refusal === 'unknown' ? (
            <p>
              The most common reason is that you already have five sessions open (other tabs,
              browsers or tools). Sign in anyway ends the oldest of them.
            </p>
          ) : null}
          {refusal !== 'other' ? (
            <button type="button" disabled={isSubmitting} onClick={() => void submit(true)()}>
              Sign in anyway (ends your oldest session)
            </button>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={isSubmitting}>
        Sign in
      </button>
    </form>
  );
}
