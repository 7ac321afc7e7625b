import { serializeJsonLd } from '@/lib/feeds/json-ld';

/** Structured data for search engines; `<` is escaped so content cannot end the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
