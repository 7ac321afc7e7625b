import { pageLanguageSwitcher } from '@/components/page-language-switcher';

export default pageLanguageSwitcher('/articles', { keepQuery: true });
