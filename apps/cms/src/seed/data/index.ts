import { articles } from './articles';
import { editorialSamples, type EditorialSamples } from './editorial-samples';
import { faqs } from './faqs/index';
import { resources } from './resources';
import { searchSynonyms } from './search-synonyms';
import { siteSettings } from './site-settings';
import { topics } from './topics';
import type { Localized, SeedArticle, SeedFaq, SeedResource, SeedSiteSettings, SeedTopic } from './types';

export interface SeedContent {
  topics: SeedTopic[];
  resources: SeedResource[];
  articles: SeedArticle[];
  faqs: SeedFaq[];
  siteSettings: SeedSiteSettings;
  searchSynonyms: Localized<{ groups: string }>;
  editorialSamples: EditorialSamples;
}

export const seedContent: SeedContent = { topics, resources, articles, faqs, siteSettings, searchSynonyms, editorialSamples };
