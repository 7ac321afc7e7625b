'use client';

import { useEffect, useRef } from 'react';
import { initialQuickExitKeyState, nextQuickExitKeyState } from '@/components/quick-exit/quick-exit-keys';
import styles from './quick-exit.module.css';

/**
 * Makes Quick exit instant: a click on a Quick exit link, or Shift pressed three times, covers
 * the page, announces the exit and replaces the current history entry with `url`.
 */
export function QuickExitController({ url, exitingMessage }: { url: string; exitingMessage: string }) {
  const overlay = useRef<HTMLDivElement>(null);
  const announcer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const exit = () => {
      if (overlay.current) overlay.current.hidden = false;
      if (announcer.current) announcer.current.textContent = exitingMessage;
      window.location.replace(url);
    };

    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('a[data-quick-exit]')) return;
      event.preventDefault();
      exit();
    };

    let keys = initialQuickExitKeyState;
    const onKey = (event: KeyboardEvent) => {
      const next = nextQuickExitKeyState(keys, {
        type: event.type === 'keydown' ? 'keydown' : 'keyup',
        key: event.key,
        repeat: event.repeat,
        time: event.timeStamp,
      });
      keys = next.state;
      if (next.exit) exit();
    };
    const onBlur = () => {
      keys = nextQuickExitKeyState(keys, { type: 'reset' }).state;
    };

    document.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    window.addEventListener('blur', onBlur);
    // Says the shortcut is listening (the page's links work without it): browser tests wait for it.
    document.documentElement.dataset.quickExitArmed = '';
    return () => {
      delete document.documentElement.dataset.quickExitArmed;
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [url, exitingMessage]);

  return (
    <>
      <div ref={announcer} className={styles.announcer} aria-live="assertive" />
      <div ref={overlay} className={styles.overlay} hidden />
    </>
  );
}
