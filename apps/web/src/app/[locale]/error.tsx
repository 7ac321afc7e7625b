'use client';

import { useEffect } from 'react';
import { useErrorPageText } from '@/components/error-page-context';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import styles from '@/components/status-page.module.css';
import type { AroundNumber } from '@/lib/language/around-number';

const aroundNumber = ([before, after]: AroundNumber, phone: string) => (
  <>
    {before}
    <PhoneNumber>{phone}</PhoneNumber>
    {after}
  </>
);

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const text = useErrorPageText();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className={styles.page}>
      <h1>{text.title}</h1>
      <p>{text.description}</p>
      <p>
        <button type="button" className={styles.retry} onClick={() => retry()}>
          {text.retry}
        </button>
      </p>
      <h2 className={styles.helpHeading}>{text.help}</h2>
      <HotlineList
        hotlines={text.hotlines}
        callLabel={(phone) => aroundNumber(text.call, phone)}
        textLabel={(phone) => aroundNumber(text.text, phone)}
      />
    </div>
  );
}
