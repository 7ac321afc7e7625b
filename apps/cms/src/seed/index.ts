import type { Core, UID } from '@strapi/strapi';
import { seedContent, type SeedContent } from './data';
import type { Localized } from './data/types';
import { toBlocks } from './to-blocks';

type Counts = Record<string, number>;

/** True before anything has been written: the signal to seed on first start. */
export async function isDatabaseEmpty(strapi: Core.Strapi): Promise<boolean> {
  const [articles, topics] = await Promise.all([
    strapi.db.query('api::article.article').count(),
    strapi.db.query('api::topic.topic').count(),
  ]);
  return articles === 0 && topics === 0;
}

/**
 * Writes Haven's seed content. Idempotent and never overwrites: a document is recognised by its
 * English slug, and only missing documents and missing locale versions are created, so running
 * it again, or after editors have changed the text, changes nothing.
 */
export async function seed(strapi: Core.Strapi, content: SeedContent = seedContent): Promise<Counts> {
  const counts: Counts = {};
  const seeder = new Seeder(strapi, counts);

  const topicIds = new Map<string, string>();
  for (const topic of content.topics) {
    topicIds.set(topic.key, await seeder.upsert('api::topic.topic', topic.translations, () => ({})));
  }
  const topicRef = (key: string) => {
    const id = topicIds.get(key);
    if (!id) throw new Error(`Seed refers to unknown topic "${key}"`);
    return id;
  };

  const resourceIds = new Map<string, string>();
  for (const { key, translations, ...shared } of content.resources) {
    resourceIds.set(key, await seeder.upsert('api::resource.resource', translations, () => shared));
  }

  const articleIds = new Map<string, string>();
  for (const { key, translations, topics, ...shared } of content.articles) {
    const id = await seeder.upsert('api::article.article', translations, (text) => ({
      ...shared,
      topics: topics.map(topicRef),
      body: toBlocks(text.body),
    }));
    articleIds.set(key, id);
  }

  for (const { key: _key, translations, topic, ...shared } of content.faqs) {
    await seeder.upsert(
      'api::faq.faq',
      translations,
      (text) => ({
        ...shared,
        topic: topicRef(topic),
        answer: toBlocks(text.answer),
      }),
      (english) => ({ question: english.question }),
    );
  }

  const { translations, featuredHotlines, ...settings } = content.siteSettings;
  const hotlineIds = featuredHotlines.map((key) => {
    const id = resourceIds.get(key);
    if (!id) throw new Error(`Seed features unknown resource "${key}"`);
    return id;
  });
  await seeder.upsertSingle('api::site-setting.site-setting', translations, () => ({ ...settings, featuredHotlines: hotlineIds }));
  await seeder.upsertSingle('api::search-synonym.search-synonym', content.searchSynonyms, () => ({}));
  await applyEditorialSamples(strapi, content, articleIds, resourceIds);

  strapi.log.info(`Seed: created ${JSON.stringify(counts)}`);
  return counts;
}

const monthsBefore = (months: number, from = new Date()) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, from.getUTCDate())).toISOString().slice(0, 10);

/**
 * Sets the sample editorial state (see data/editorial-samples.ts), never over an editor's work: a
 * review only where none is recorded, a check only where the seed's own date still stands, the
 * original's change only while it is at its first version.
 */
async function applyEditorialSamples(
  strapi: Core.Strapi,
  { editorialSamples: samples, resources }: SeedContent,
  articleIds: Map<string, string>,
  resourceIds: Map<string, string>,
): Promise<void> {
  const idOf = (ids: Map<string, string>, key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Seed sample refers to unknown document "${key}"`);
    return id;
  };
  // Reviews are the same in every locale, draft and published: written to every row at once.
  for (const { article, monthsAgo, reviewer } of samples.articleReviews) {
    await strapi.db.query('api::article.article').updateMany({
      where: { documentId: idOf(articleIds, article), legallyReviewedOn: null },
      data: { legallyReviewedOn: monthsBefore(monthsAgo), reviewedBy: reviewer, reviewIsSample: true },
    });
  }
  for (const { resource, monthsAgo } of samples.resourceChecks) {
    const seeded = resources.find(({ key }) => key === resource)?.lastVerifiedOn;
    await strapi.db.query('api::resource.resource').updateMany({
      where: { documentId: idOf(resourceIds, resource), checkIsSample: false, lastVerifiedOn: seeded },
      data: { lastVerifiedOn: monthsBefore(monthsAgo), checkIsSample: true },
    });
  }
  // Published through the document service, as an editor would, so its translations become outdated.
  const documentId = idOf(articleIds, samples.changedOriginal.article);
  const articles = strapi.documents('api::article.article');
  const original = (await strapi.db.query('api::article.article').findOne({ where: { documentId, locale: 'en', publishedAt: null } })) as {
    sourceVersion: number | null;
    summary: string | null;
  } | null;
  if (original && (original.sourceVersion ?? 1) === 1 && original.summary !== samples.changedOriginal.summary) {
    await articles.update({ documentId, locale: 'en', data: { summary: samples.changedOriginal.summary } } as never);
    await articles.publish({ documentId, locale: 'en' } as never);
  }
}

class Seeder {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly counts: Counts,
  ) {}

  /**
   * Returns the documentId; creates the document and each missing locale version, published.
   * A document is recognised by its English slug (FAQs, which have none, by their English question).
   */
  async upsert<T extends object>(
    uid: UID.CollectionType,
    translations: Localized<T>,
    shared: (text: T) => Record<string, unknown>,
    identity: (english: T) => Record<string, unknown> = (english) => ({ slug: (english as { slug?: unknown }).slug }),
  ): Promise<string> {
    const documents = this.strapi.documents(uid);
    const existing = await documents.findFirst({ locale: 'en', filters: identity(translations.en), fields: ['documentId'] } as never);
    let documentId: string | undefined = existing?.documentId;
    for (const [locale, text] of entries(translations)) {
      const data = { ...text, ...shared(text) };
      if (!documentId) {
        documentId = (await documents.create({ locale, data, status: 'published' } as never)).documentId;
      } else if (!(await documents.findOne({ documentId, locale, fields: ['documentId'] }))) {
        await documents.update({ documentId, locale, data, status: 'published' } as never);
      } else {
        continue;
      }
      this.counts[uid] = (this.counts[uid] ?? 0) + 1;
    }
    if (!documentId) throw new Error(`Seed could not create ${uid} ${JSON.stringify(identity(translations.en))}`);
    return documentId;
  }

  async upsertSingle<T>(uid: UID.SingleType, translations: Localized<T>, shared: () => Record<string, unknown>): Promise<void> {
    const documents = this.strapi.documents(uid);
    let documentId = (await documents.findFirst({ locale: 'en', fields: ['documentId'] }))?.documentId;
    for (const [locale, text] of entries(translations)) {
      const data = { ...text, ...shared() };
      if (!documentId) {
        documentId = (await documents.create({ locale, data } as never)).documentId;
      } else if (!(await documents.findOne({ documentId, locale, fields: ['documentId'] }))) {
        await documents.update({ documentId, locale, data } as never);
      } else {
        continue;
      }
      this.counts[uid] = (this.counts[uid] ?? 0) + 1;
    }
  }
}

/** English first: it creates the document the other locales attach to. */
function entries<T>(translations: Localized<T>): [string, T][] {
  const all = Object.entries<T>(translations as Record<string, T>);
  return [...all.filter(([locale]) => locale === 'en'), ...all.filter(([locale]) => locale !== 'en')];
}
