import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/not-found-content';

// Shown when a page calls notFound() (an unknown slug); unknown paths get app/not-found.tsx.
export default async function NotFound() {
  return <NotFoundContent locale={await getLocale()} />;
}
