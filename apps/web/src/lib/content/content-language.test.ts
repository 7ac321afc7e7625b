import { contentLanguageProps } from '@/lib/content/content-language';

describe('contentLanguageProps', () => {
  it('adds nothing when content and page share a language', () => {
    expect(contentLanguageProps('vi', 'vi')).toEqual({});
  });

  it('marks English fallback content on a right-to-left page as English, left to right', () => {
    expect(contentLanguageProps('en', 'fa')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
