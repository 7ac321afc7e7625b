import type { SeedArticle } from '../../types';

export const meta = {
  key: 'civil-lawsuit',
  topics: ['civil-lawsuits', 'compensation'],
  jurisdiction: 'california',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [
    {
      label: 'Cal. Civ. Code § 52.5',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.5',
    },
    {
      label: 'Cal. Penal Code § 236.1',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.1',
    },
    { label: '18 U.S.C. § 1595', url: 'https://www.law.cornell.edu/uscode/text/18/1595' },
    { label: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' },
  ],
} satisfies Omit<SeedArticle, 'translations'>;
