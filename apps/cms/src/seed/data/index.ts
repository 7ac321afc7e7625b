import { articles } from './articles';
import { faqs } from './faqs/index';
import { resources } from './resources';
import { siteSettings } from './site-settings';
import { topics } from './topics';
import type { SeedArticle, SeedFaq, SeedResource, SeedSiteSettings, SeedTopic } from './types';

export interface SeedContent {
  topics: SeedTopic[];
  resources: SeedResource[];
  articles: SeedArticle[];
  faqs: SeedFaq[];
  siteSettings: SeedSiteSettings;
}

export const seedContent: SeedContent = { topics, resources, articles, faqs, siteSettings };
