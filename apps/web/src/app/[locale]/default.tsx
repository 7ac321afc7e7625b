import { notFound } from 'next/navigation';

// The page slot has a page for every path the switcher slot has; this is only a safety net.
export default function Default() {
  notFound();
}
