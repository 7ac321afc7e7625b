/**
 * Editorial state the seed sets so the reports show every state on a fresh start. The reviews and
 * checks are sample data: the admin panel marks them so, and readers never see them as real (the
 * site still says "Not yet legally reviewed"). Dates are months before the seed runs, so the same
 * items are due whenever it runs. The changed original is a real change: the English summary
 * gains a clause (from the article's own body) its translations do not have yet.
 */
export interface EditorialSamples {
  articleReviews: { article: string; monthsAgo: number; reviewer: string }[];
  resourceChecks: { resource: string; monthsAgo: number }[];
  changedOriginal: { article: string; summary: string };
}

export const editorialSamples: EditorialSamples = {
  articleReviews: [
    // Reviewed within the interval: current.
    { article: 'compensation', monthsAgo: 2, reviewer: 'Sample reviewer' },
    // Reviewed longer ago than the 12-month interval: overdue.
    { article: 'vacatur', monthsAgo: 14, reviewer: 'Sample reviewer' },
  ],
  // Checked longer ago than the 6-month interval: overdue.
  resourceChecks: [
    { resource: 'lawhelpca', monthsAgo: 8 },
    { resource: 'womenslaw', monthsAgo: 8 },
  ],
  changedOriginal: {
    article: 'online-safety',
    summary:
      'Simple ways to lower the chance that someone finds out you visited this site, including what Quick exit can and cannot do, and why a device the abuser cannot reach is safest.',
  },
};
