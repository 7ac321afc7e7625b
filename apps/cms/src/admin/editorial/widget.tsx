import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { ReviewRow, TranslationReport } from './report-types';

/** The homepage's summary: how many translations are outdated or missing, and how many reviews are due. */
export default function EditorialWidget() {
  const { get } = useFetchClient();
  const [summary, setSummary] = useState<{ outdated: number; missing: number; due: number } | null>(null);

  useEffect(() => {
    Promise.all([get<TranslationReport>('/haven-reports/translations'), get<{ data: ReviewRow[] }>('/haven-reports/reviews')])
      .then(([translations, reviews]) => {
        const count = (state: string) => translations.data.data.filter((row) => row.state === state).length;
        setSummary({ outdated: count('outdated'), missing: count('missing'), due: reviews.data.data.length });
      })
      .catch(() => setSummary(null));
  }, [get]);

  if (!summary) return <Typography>Loading…</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-widget="editorial">
      <Typography>{summary.outdated} outdated translations</Typography>
      <Typography>{summary.missing} missing translations</Typography>
      <Typography>{summary.due} reviews due</Typography>
    </Flex>
  );
}
