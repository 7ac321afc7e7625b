import { pageLanguageSwitcher } from '@/components/page-language-switcher';

export default pageLanguageSwitcher('/request-help');
