// The Quick lookup box: says what it recognised while you type, runs it on Enter, offers choices
// for input it cannot decide (and sends nothing until one is picked), and explains input that no
// identifier can hold. It has focus when the search screen appears, and `/` brings focus back.
import { useEffect, useId, useState, type Ref } from 'react';
import { t, useT } from '../../../lib/i18n';
import { parseQuickLookup, type QuickLookup, type QuickTarget } from './parse-quick-lookup';

interface QuickLookupProps {
  inputRef: Ref<HTMLInputElement>;
  onRun: (target: QuickTarget) => void;
}

function typingHint(result: QuickLookup): string {
  if (result.outcome === 'run') return t('quick.enterSearches', { target: result.target.text });
  return t('quick.hint');
}

export function QuickLookupBox({ inputRef, onRun }: QuickLookupProps) {
  useT();
  const id = useId();
  const messageId = `${id}-message`;
  const [text, setText] = useState('');
  // What Enter found for `text` (choices or a problem); dropped as soon as the text changes.
  const [answer, setAnswer] = useState<{ for: string; result: QuickLookup } | null>(null);
  const shown = answer?.for === text ? answer.result : null;
  const problem = shown?.outcome === 'problem' ? shown.message : null;

  useEffect(() => {
    // Focus after sign-in, unless something else (an open pane) already took it.
    const active = document.activeElement;
    if (active === null || active === document.body) {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.focus();
    }
  }, [id]);

  const run = (target: QuickTarget): void => {
    setAnswer(null);
    onRun(target);
  };

  const submit = (): void => {
    const result = parseQuickLookup(text);
    if (result.outcome === 'run') run(result.target);
    else setAnswer({ for: text, result });
  };

  let message = typingHint(parseQuickLookup(text));
  if (shown?.outcome === 'choose') message = shown.message;
  if (shown?.outcome === 'problem') message = shown.message;
  if (shown?.outcome === 'empty') message = t('quick.empty', { hint: t('quick.hint') });

  return (
    <div className="quick-lookup">
      <label htmlFor={id} className="quick-lookup-label">
        {t('quick.label')}
      </label>
      <div className="quick-lookup-control">
        <input
          ref={inputRef}
          id={id}
          type="text"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('quick.placeholder')}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={messageId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            } else if (event.key === 'Escape' && shown) {
              // Dismiss the choices or the message first; a second Escape reaches the page.
              event.preventDefault();
              setAnswer(null);
            }
          }}
        />
        <p
          id={messageId}
          className={problem ? 'quick-lookup-message field-error' : 'quick-lookup-message'}
        >
          {message}
        </p>
        {/* Announces what Enter found; the typing hints are read only as the description. */}
        <p className="visually-hidden" aria-live="polite">
          {shown ? message : ''}
        </p>
      </div>
      {shown?.outcome === 'choose' ? (
        <ul className="quick-lookup-choices" aria-label={t('quick.choices')}>
          {shown.choices.map((choice) => (
            <li key={choice.text}>
              <button type="button" onClick={() => run(choice)}>
                {choice.text}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
