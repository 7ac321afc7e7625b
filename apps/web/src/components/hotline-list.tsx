import type { ReactNode } from 'react';
import { smsHref, telHref } from '@/lib/resources/contact-links';
import type { Hotline } from '@/lib/content/shell-settings';
import styles from './hotline-list.module.css';

/**
 * Hotlines with one-tap call and text links. Shared by the hotline bar and the error pages, so
 * it takes its labels as functions rather than reading translations itself.
 */
export function HotlineList({
  hotlines,
  callLabel,
  textLabel,
}: {
  hotlines: readonly Hotline[];
  callLabel: (phone: string) => ReactNode;
  textLabel: (phone: string) => ReactNode;
}) {
  return (
    <ul className={styles.list}>
      {hotlines.map((hotline, index) => {
        const tel = hotline.phone ? telHref(hotline.phone) : null;
        const sms = hotline.sms ? smsHref(hotline.sms) : null;
        return (
          <li key={index} className={styles.item}>
            <span className={styles.name}>{hotline.name}</span>
            <span className={styles.actions}>
              {tel && hotline.phone && (
                <a className={styles.action} href={tel}>
                  {callLabel(hotline.phone)}
                </a>
              )}
              {sms && hotline.sms && (
                <a className={styles.action} href={sms}>
                  {textLabel(hotline.sms)}
                </a>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A phone number kept left-to-right inside right-to-left text. */
export function PhoneNumber({ children }: { children: ReactNode }) {
  return (
    <span dir="ltr" className={styles.number}>
      {children}
    </span>
  );
}
