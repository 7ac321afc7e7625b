import type { SeedArticle } from '../../types';

/** The California DOJ 2018 figures are credited in the text; no official URL for that data set is cited here. */
export const meta = {
  key: 'trafficking-difference',
  topics: ['understanding-trafficking'],
  jurisdiction: 'federal',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [{ label: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' }],
} satisfies Omit<SeedArticle, 'translations'>;
