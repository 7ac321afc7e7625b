import { defaultLocale } from '@haven/i18n';
import { NotFoundContent } from '@/components/not-found-content';

// Next renders this boundary with every page, where reading the request's locale would make the
// page dynamic. Pages never call notFound() for content (they send visitors to the localized
// /<locale>/page-not-found, see lib/content/not-found-page.ts); only a path whose locale is not
// Haven's gets here, so the default language is the right one.
export default function NotFound() {
  return <NotFoundContent locale={defaultLocale} />;
}
