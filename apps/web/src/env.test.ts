import { parseEnv } from './env';

describe('parseEnv', () => {
  it('applies the documented defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development',
      CMS_GRAPHQL_URL: 'http://127.0.0.1:1337/graphql',
      CMS_TIMEOUT_MS: 5000,
      SITE_URL: 'http://localhost:3000',
      REVALIDATE_SECRET: undefined,
      PREVIEW_SECRET: undefined,
      CMS_PREVIEW_TOKEN: undefined,
    });
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ SITE_URL: '', CMS_TIMEOUT_MS: '' }).SITE_URL).toBe('http://localhost:3000');
  });

  it('reads numbers and strips the trailing slash of SITE_URL', () => {
    const env = parseEnv({ CMS_TIMEOUT_MS: '1500', SITE_URL: 'https://haven.example/' });
    expect(env.CMS_TIMEOUT_MS).toBe(1500);
    expect(env.SITE_URL).toBe('https://haven.example');
  });

  it('names the malformed variable', () => {
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
    expect(() => parseEnv({ CMS_GRAPHQL_URL: 'ftp://cms/graphql' })).toThrow(/CMS_GRAPHQL_URL/);
    expect(() => parseEnv({ CMS_TIMEOUT_MS: 'soon' })).toThrow(/CMS_TIMEOUT_MS/);
  });
});
