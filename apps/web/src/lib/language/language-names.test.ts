import { languageName, languageOptions } from '@/lib/language/language-names';

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('es', 'es')).toBe('español');
    expect(languageName('vi', 'vi')).toBe('Tiếng Việt');
  });

  it('falls back to the code when it is not a valid language tag', () => {
    expect(languageName('not a code!', 'en')).toBe('not a code!');
  });
});

describe('languageOptions', () => {
  it('removes duplicates and sorts by name in the reader’s language', () => {
    expect(languageOptions(['vi', 'en', 'es', 'en'], 'en')).toEqual([
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Spanish' },
      { code: 'vi', name: 'Vietnamese' },
    ]);
  });
});
