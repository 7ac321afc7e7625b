import { pageLanguageSwitcher } from '@/components/page-language-switcher';

export default pageLanguageSwitcher('/search', { keepQuery: true });
