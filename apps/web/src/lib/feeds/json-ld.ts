/**
 * JSON for a <script type="application/ld+json">. Content from the CMS could contain
 * "</script>"; escaping "<" (and the line separators some parsers choke on) keeps it inside.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
