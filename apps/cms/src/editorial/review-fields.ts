/**
 * The documents that come due for review, named once: an article's legal review (date and reviewer)
 * and a resource's check of its contact details (date), each with the site setting that holds its
 * interval in months and the private mark that says the review is sample data from the seed.
 */
export const reviewedTypes = {
  'api::article.article': {
    type: 'article',
    title: 'title',
    date: 'legallyReviewedOn',
    reviewer: 'reviewedBy',
    sample: 'reviewIsSample',
    intervalSetting: 'articleReviewMonths',
  },
  'api::resource.resource': {
    type: 'resource',
    title: 'name',
    date: 'lastVerifiedOn',
    reviewer: null,
    sample: 'checkIsSample',
    intervalSetting: 'resourceCheckMonths',
  },
} as const;
export type ReviewedUid = keyof typeof reviewedTypes;

export const isReviewed = (uid: string): uid is ReviewedUid => uid in reviewedTypes;

/** The fields that make up a review: changing any of them is a new review, no longer sample data. */
export function reviewFieldsOf(uid: ReviewedUid): string[] {
  const { date, reviewer } = reviewedTypes[uid];
  return reviewer ? [date, reviewer] : [date];
}
