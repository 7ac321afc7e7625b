import { tagsForWebhook } from '@/lib/content/webhook-tags';

describe('tagsForWebhook', () => {
  it("refreshes the published document and its collection in the document's locale only", () => {
    const result = tagsForWebhook({ event: 'entry.publish', uid: 'api::article.article', entry: { documentId: 'abc123', locale: 'es' } });
    expect(result).toEqual({ ok: true, tags: ['cms:es:articles', 'cms:es:articles:abc123'], withdrawn: false });
  });

  it.each([['entry.unpublish'], ['entry.delete']])('marks the document withdrawn after %s', (event) => {
    expect(tagsForWebhook({ event, uid: 'api::resource.resource', entry: { documentId: 'r1', locale: 'en' } })).toMatchObject({
      withdrawn: true,
    });
  });

  it('refreshes nothing for content the site does not show', () => {
    expect(tagsForWebhook({ event: 'entry.update', uid: 'plugin::users-permissions.user', entry: {} })).toEqual({
      ok: true,
      tags: [],
      withdrawn: false,
    });
  });

  it('uses the page locale of slug history entries', () => {
    const result = tagsForWebhook({
      event: 'entry.create',
      uid: 'api::slug-history.slug-history',
      entry: { documentId: 'x1', pageLocale: 'vi' },
    });
    expect(result).toEqual({ ok: true, tags: ['cms:vi:slug-histories', 'cms:vi:slug-histories:x1'], withdrawn: false });
  });

  it.each([
    [null],
    ['text'],
    [{ event: 'media.create', uid: 'api::article.article', entry: { documentId: 'a', locale: 'en' } }],
    [{ event: 'entry.publish', uid: 'api::article.article', entry: { documentId: '../../etc', locale: 'en' } }],
    [{ event: 'entry.publish', uid: 'api::article.article', entry: { documentId: 'abc', locale: 'xx' } }],
    [{ event: 'entry.publish', uid: 'api::article.article' }],
  ])('refuses a malformed payload %#', (payload) => {
    expect(tagsForWebhook(payload)).toMatchObject({ ok: false });
  });
});
