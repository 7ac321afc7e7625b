'use client';

import { useActionState, type ReactNode } from 'react';
import type { RequestFormState } from '@/app/[locale]/request-help/request-form-state';
import { helpTopics, maxLengths, type RequestError, type RequestValues } from '@/lib/consultation/request-fields';
import styles from './request-form.module.css';

interface Props {
  action: (state: RequestFormState, form: FormData) => Promise<RequestFormState>;
  initialState: RequestFormState;
  labels: Record<string, string>;
  /** Each error's message; "too long" per field, as each has its own limit. */
  errorText: Record<Exclude<RequestError, 'tooLong'>, string>;
  tooLong: Record<keyof typeof maxLengths, string>;
  /** "Please check the form" for 1, 2, 3… errors (plural rules are the server's). */
  errorSummaries: string[];
  problems: Record<NonNullable<RequestFormState['problem']>, string>;
  languages: { code: string; name: string }[];
  counties: readonly string[];
}

/**
 * The consultation request form: a plain POST that works without JavaScript (the server renders
 * the page again with what was typed and what to fix), and the same with it. No field is ever
 * remembered by the browser (autocomplete off) or echoed into a URL.
 */
export function RequestForm({ action, initialState, labels, errorText, tooLong, errorSummaries, problems, languages, counties }: Props) {
  const [state, formAction] = useActionState(action, initialState);
  const values = state.values;
  const errors: Partial<Record<keyof RequestValues, string>> = Object.fromEntries(
    Object.entries(state.errors).map(([field, kind]) => [
      field,
      kind === 'tooLong' ? tooLong[(field.endsWith('Times') ? 'times' : field) as keyof typeof maxLengths] : errorText[kind],
    ]),
  );
  const errorCount = Object.keys(errors).length;
  const id = (field: string) => `request-${field}`;
  const described = (field: keyof RequestValues, hint?: boolean) =>
    [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (field: keyof RequestValues) =>
    errors[field] ? (
      <p id={`${id(field)}-error`} className={styles.fieldError}>
        {errors[field]}
      </p>
    ) : null;
  const textField = (field: keyof RequestValues & keyof typeof maxLengths, label: string, type = 'text', hint?: string) => (
    <div className={styles.field}>
      <label htmlFor={id(field)}>{label}</label>
      {hint && (
        <p id={`${id(field)}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error(field)}
      <input
        id={id(field)}
        name={field}
        type={type}
        autoComplete="off"
        maxLength={maxLengths[field]}
        defaultValue={values?.[field] ?? ''}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={described(field, Boolean(hint))}
      />
    </div>
  );
  const timesField = (method: 'call' | 'text' | 'email') => {
    const field = `${method}Times` as const;
    return (
      <div className={styles.field}>
        <label htmlFor={id(field)}>{labels.times}</label>
        <p id={`${id(field)}-hint`} className={styles.hint}>
          {labels.timesHint}
        </p>
        {error(field)}
        <input
          id={id(field)}
          name={field}
          autoComplete="off"
          maxLength={maxLengths.times}
          defaultValue={values?.[field] ?? ''}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={described(field, true)}
        />
      </div>
    );
  };
  const checkbox = (field: keyof RequestValues, label: ReactNode, value = 'yes') => (
    <label className={styles.check} key={`${field}-${value}`}>
      <input
        type="checkbox"
        name={field}
        value={value}
        autoComplete="off"
        defaultChecked={field === 'help' ? values?.help.includes(value as never) : values?.[field] === true}
      />{' '}
      {label}
    </label>
  );

  return (
    <form action={formAction} className={styles.form} autoComplete="off" noValidate>
      {state.problem && (
        <p role="alert" className={styles.problem}>
          {problems[state.problem]}
        </p>
      )}
      {errorCount > 0 && (
        <div role="alert" className={styles.problem}>
          <p>{errorSummaries[Math.min(errorCount, errorSummaries.length) - 1]}</p>
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <a href={`#${id(field)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="token" value={state.token} />
      <p>{labels.optional}</p>

      {textField('name', labels.name!, 'text', labels.nameHint)}
      <div className={styles.field}>
        <label htmlFor={id('language')}>{labels.language}</label>
        {error('language')}
        <select id={id('language')} name="language" autoComplete="off" defaultValue={values?.language ?? state.locale}>
          {languages.map(({ code, name }) => (
            <option key={code} value={code} lang={code === 'other' ? undefined : code}>
              {name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className={styles.group}>
        <legend>{labels.reachHeading}</legend>
        {error('selfContact')}
        {textField('phone', labels.phone!, 'tel')}
        <fieldset className={styles.method}>
          <legend className={styles.visuallyHidden}>{labels.call}</legend>
          {checkbox('call', labels.call)}
          {checkbox('callMessage', labels.callMessage)}
          {checkbox('callSayWho', labels.sayWho)}
          {timesField('call')}
        </fieldset>
        <fieldset className={styles.method}>
          <legend className={styles.visuallyHidden}>{labels.text}</legend>
          {checkbox('text', labels.text)}
          {checkbox('textMessage', labels.textMessage)}
          {checkbox('textSayWho', labels.sayWho)}
          {timesField('text')}
        </fieldset>
        <fieldset className={styles.method}>
          <legend className={styles.visuallyHidden}>{labels.email}</legend>
          {textField('email', labels.email!, 'email')}
          {checkbox('emailMessage', labels.emailMessage)}
          {checkbox('emailSayWho', labels.sayWho)}
          {timesField('email')}
        </fieldset>
        {textField('codeWord', labels.codeWord!, 'text', labels.codeWordHint)}
        <div className={styles.field} id={id('selfContact')}>
          {checkbox('selfContact', labels.selfContact)}
        </div>
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={id('county')}>{labels.county}</label>
        {error('county')}
        <select id={id('county')} name="county" autoComplete="off" defaultValue={values?.county ?? ''}>
          <option value="">{labels.countyNone}</option>
          {counties.map((county) => (
            <option key={county} value={county}>
              {county}
            </option>
          ))}
        </select>
      </div>

      <fieldset className={styles.group}>
        <legend>{labels.helpHeading}</legend>
        {helpTopics.map((topic) => checkbox('help', labels[`help${topic[0]!.toUpperCase()}${topic.slice(1)}`], topic))}
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={id('message')}>{labels.message}</label>
        <p id={`${id('message')}-hint`} className={styles.hint}>
          {labels.messageHint}
        </p>
        {error('message')}
        <textarea
          id={id('message')}
          name="message"
          rows={6}
          autoComplete="off"
          maxLength={maxLengths.message}
          defaultValue={values?.message ?? ''}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={described('message', true)}
        />
      </div>

      {/* Hidden from people (and from screen readers); a bot that fills every field fills this one too. */}
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor={id('website')}>{labels.honeypot}</label>
        <input id={id('website')} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" className={styles.submit}>
        {labels.submit}
      </button>
    </form>
  );
}
