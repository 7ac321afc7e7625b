import type { SeedArticle } from '../../types';

export const meta = {
  key: 'steps-for-survivors',
  topics: ['getting-help'],
  jurisdiction: 'california',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [
    { label: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' },
    { label: 'California Victim Compensation Board', url: 'https://victims.ca.gov' },
    {
      label: 'Cal. Civ. Code § 52.5',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.5',
    },
    { label: '18 U.S.C. § 1595', url: 'https://www.law.cornell.edu/uscode/text/18/1595' },
    {
      label: 'Cal. Penal Code § 236.14',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14',
    },
  ],
} satisfies Omit<SeedArticle, 'translations'>;
