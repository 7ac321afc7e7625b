import type { SeedArticle } from '../../types';

export const meta = {
  key: 'vacatur',
  topics: ['clearing-your-record'],
  jurisdiction: 'california',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [
    {
      label: 'Cal. Penal Code § 236.14',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14',
    },
    { label: 'California Courts Self-Help', url: 'https://selfhelp.courts.ca.gov' },
    { label: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' },
  ],
} satisfies Omit<SeedArticle, 'translations'>;
