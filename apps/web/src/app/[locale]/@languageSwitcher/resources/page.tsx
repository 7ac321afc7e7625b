import { pageLanguageSwitcher } from '@/components/page-language-switcher';

export default pageLanguageSwitcher('/resources', { keepQuery: true });
