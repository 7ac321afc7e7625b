import type { Faq, TopicSummary, WithFallback } from '@haven/content';
import type { Locale } from '@haven/i18n';

export interface FaqGroup {
  key: string;
  /** null for questions without a topic, which come last */
  topic: TopicSummary | null;
  /** the language the topic's name is in */
  topicLocale: Locale;
  entries: WithFallback<Faq>[];
}

/**
 * Questions grouped by topic, topics in the order they first appear (the getter orders by topic),
 * questions by `order` within a topic. A topic is named in the visitor's language when any
 * translated question carries it.
 */
export function groupFaqsByTopic(entries: readonly WithFallback<Faq>[]): FaqGroup[] {
  const groups = new Map<string, FaqGroup>();
  for (const entry of entries) {
    const topic = entry.item.topic;
    const key = topic?.documentId ?? '';
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, topic, topicLocale: entry.item.locale, entries: [entry] });
      continue;
    }
    group.entries.push(entry);
    if (topic && !entry.isFallback && group.topicLocale !== entry.item.locale) {
      group.topic = topic;
      group.topicLocale = entry.item.locale;
    }
  }
  const withTopic = [...groups.values()].filter((group) => group.topic !== null);
  const withoutTopic = groups.get('');
  return [...withTopic, ...(withoutTopic ? [withoutTopic] : [])].map((group) => ({
    ...group,
    entries: [...group.entries].sort((a, b) => a.item.order - b.item.order),
  }));
}
