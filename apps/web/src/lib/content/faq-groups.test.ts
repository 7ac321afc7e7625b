import type { Faq, WithFallback } from '@haven/content';
import { groupFaqsByTopic } from '@/lib/content/faq-groups';

function entry(id: string, topic: string | null, order: number, locale: 'en' | 'es' = 'es'): WithFallback<Faq> {
  return {
    item: {
      documentId: id,
      locale,
      question: id,
      answer: [],
      topic: topic ? { documentId: topic, name: `${topic}-${locale}`, slug: topic } : null,
      order,
      translationStatus: 'original',
      outdatedSince: null,
    },
    isFallback: locale === 'en',
  };
}

describe('groupFaqsByTopic', () => {
  it('groups by topic in order of appearance, questions by order, questions without topic last', () => {
    const groups = groupFaqsByTopic([entry('q1', null, 1), entry('q2', 'rights', 2), entry('q3', 'rights', 1), entry('q4', 'safety', 1)]);
    expect(groups.map((g) => [g.topic?.documentId ?? null, g.entries.map((e) => e.item.documentId)])).toEqual([
      ['rights', ['q3', 'q2']],
      ['safety', ['q4']],
      [null, ['q1']],
    ]);
  });

  it('names a topic in the visitor’s language when a translated question has it', () => {
    const [group] = groupFaqsByTopic([entry('q1', 'rights', 1, 'en'), entry('q2', 'rights', 2, 'es')]);
    expect(group?.topic?.name).toBe('rights-es');
    expect(group?.topicLocale).toBe('es');
  });

  it('keeps the default-language name when only untranslated questions have the topic', () => {
    const [group] = groupFaqsByTopic([entry('q1', 'rights', 1, 'en')]);
    expect(group?.topic?.name).toBe('rights-en');
    expect(group?.topicLocale).toBe('en');
  });
});
