import type { SeedArticle } from '../../types';

export const meta = {
  key: 'online-safety',
  topics: ['online-safety'],
  jurisdiction: 'california',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [
    { label: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' },
    { label: 'National Domestic Violence Hotline', url: 'https://www.thehotline.org' },
  ],
} satisfies Omit<SeedArticle, 'translations'>;
