'use client';

import { defaultLocale } from '@haven/i18n';
import { useEffect } from 'react';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import { getFallbackHotlines } from '@/lib/content/fallback-hotlines';
import './globals.css';

// Shown only when the localized layout itself fails, so no translations can be loaded: the
// text stays short, in the default language, around the built-in hotline numbers.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang={defaultLocale}>
      <body>
        <main id="main">
          <title>Something went wrong · Haven</title>
          <h1>Something went wrong</h1>
          <p>This page could not load. Please try again in a few minutes.</p>
          <p>
            <button type="button" onClick={() => retry()}>
              Try again
            </button>
          </p>
          <h2>If you need help now, you can call or text:</h2>
          <HotlineList
            hotlines={getFallbackHotlines(defaultLocale)}
            callLabel={(phone) => (
              <>
                Call <PhoneNumber>{phone}</PhoneNumber>
              </>
            )}
            textLabel={(phone) => (
              <>
                Text <PhoneNumber>{phone}</PhoneNumber>
              </>
            )}
          />
        </main>
      </body>
    </html>
  );
}
