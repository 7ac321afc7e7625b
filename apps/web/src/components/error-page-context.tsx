'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { AroundNumber } from '@/lib/language/around-number';
import type { FallbackHotline } from '@/lib/content/fallback-hotlines';

/** Everything the error boundary shows, already translated on the server for the page's locale. */
export interface ErrorPageText {
  title: string;
  description: string;
  retry: string;
  help: string;
  call: AroundNumber;
  text: AroundNumber;
  /** Built in at build time: the error page shows when the CMS may be down. */
  hotlines: readonly FallbackHotline[];
}

const ErrorPageContext = createContext<ErrorPageText | null>(null);

/**
 * Hands the error boundary its text. The boundary is a client component that receives no props
 * from the server, and this keeps a message-formatting library out of every page's JavaScript.
 */
export function ErrorPageTextProvider({ value, children }: { value: ErrorPageText; children: ReactNode }) {
  return <ErrorPageContext.Provider value={value}>{children}</ErrorPageContext.Provider>;
}

export function useErrorPageText(): ErrorPageText {
  const text = useContext(ErrorPageContext);
  if (!text) throw new Error('the error page is rendered outside SiteShell');
  return text;
}
