import { toArticle, toResource, toSiteSettings } from './mappers';
import type { CmsArticle, CmsResource } from './mappers';

const cmsResource: CmsResource = {
  documentId: 'r1',
  locale: 'fa',
  name: 'خط ملی',
  slug: 'khat-melli',
  description: null,
  kind: 'hotline',
  phone: '1-888-373-7888',
  sms: '233733',
  tty: '711',
  email: null,
  website: 'https://humantraffickinghotline.org',
  hoursText: null,
  open24x7: true,
  free: true,
  confidential: true,
  counties: ['Nationwide', 42],
  languagesSpoken: 'en',
  lastVerifiedOn: '2026-11-01',
  translationStatus: 'draft_translation',
  outdatedSince: null,
  localizations: [{ locale: 'en', slug: 'national-hotline' }, null, { locale: 'xx', slug: 'unknown' }],
};

describe('mappers', () => {
  it('turn a CMS resource into a Resource, dropping malformed JSON values and unknown locales', () => {
    const resource = toResource(cmsResource);
    expect(resource).toMatchObject({ locale: 'fa', description: '', counties: ['Nationwide'], languagesSpoken: [] });
    expect(resource.localizations).toEqual([{ locale: 'en', slug: 'national-hotline' }]);
  });

  it('turn a CMS article into an Article with empty rich text when the body is missing', () => {
    const cms: CmsArticle = {
      documentId: 'a1',
      locale: 'es',
      title: 'Título',
      slug: 'titulo',
      summary: null,
      publishedAt: '2026-11-01T00:00:00.000Z',
      updatedAt: null,
      topics: [null, { documentId: 't1', name: 'Ayuda', slug: 'ayuda' }],
      body: null,
      jurisdiction: 'california',
      legallyReviewedOn: null,
      reviewedBy: null,
      sources: [{ label: 'Cal. Penal Code § 236.14', url: 'https://leginfo.legislature.ca.gov' }, null],
      seoTitle: null,
      seoDescription: null,
      translationStatus: 'draft_translation',
      outdatedSince: '2026-11-20T09:30:00.000Z',
      localizations: [{ locale: 'en', slug: 'title' }],
    };
    expect(toArticle(cms)).toMatchObject({
      body: [],
      summary: '',
      topics: [{ documentId: 't1', name: 'Ayuda', slug: 'ayuda' }],
      sources: [{ label: 'Cal. Penal Code § 236.14', url: 'https://leginfo.legislature.ca.gov' }],
      translationStatus: 'draft_translation',
      outdatedSince: '2026-11-20T09:30:00.000Z',
      localizations: [{ locale: 'en', slug: 'title' }],
    });
  });

  it('keep the featured hotlines of site settings in order', () => {
    const settings = toSiteSettings({
      locale: 'en',
      siteName: 'Haven',
      tagline: null,
      quickExitUrl: 'https://www.google.com/',
      legalDisclaimer: null,
      safetyNotice: null,
      requestPolicy: null,
      requestResponseTime: null,
      resourceCheckMonths: 6,
      footer: null,
      featuredHotlines: [cmsResource, { ...cmsResource, documentId: 'r2', name: '911' }],
    });
    expect(settings.featuredHotlines.map((hotline) => hotline.documentId)).toEqual(['r1', 'r2']);
    expect(settings.tagline).toBe('');
  });
});
