import { Box, Button, Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { readReports } from './report-types';
import { ReviewsPanel } from './reviews-panel';
import { TranslationsPanel } from './translations-panel';

/** Editors' overview: which translations are missing, drafts or outdated, and which reviews are due. */
function EditorialOversight() {
  const [view, setView] = useState<'translations' | 'reviews'>('translations');
  return (
    <Layouts.Root>
      <Page.Title>Editorial oversight</Page.Title>
      <Layouts.Header
        title="Editorial oversight"
        subtitle="Translations that are missing, unreviewed or outdated by a change to their original, and the legal reviews and checks that are due."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={2} role="group" aria-label="Report">
            <Button
              variant={view === 'translations' ? 'default' : 'tertiary'}
              aria-pressed={view === 'translations'}
              onClick={() => setView('translations')}
            >
              Translations
            </Button>
            <Button
              variant={view === 'reviews' ? 'default' : 'tertiary'}
              aria-pressed={view === 'reviews'}
              onClick={() => setView('reviews')}
            >
              Reviews due
            </Button>
          </Flex>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            {view === 'translations' ? <TranslationsPanel /> : <ReviewsPanel />}
          </Box>
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default function EditorialOversightPage() {
  return (
    <Page.Protect permissions={readReports}>
      <EditorialOversight />
    </Page.Protect>
  );
}
