import { LanguageSwitcher } from '@/components/language-switcher';

// For a page without a slot page here (add one for every new page): each language's home page.
export default function DefaultLanguageSwitcher() {
  return <LanguageSwitcher href="/" />;
}
