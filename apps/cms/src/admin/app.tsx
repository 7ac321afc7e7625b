import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth, Mail } from '@strapi/icons';
import { readReports } from './editorial/report-types';

// The same permission the CMS registers for its intake routes (src/intake/uids.ts).
const readRequests = { action: 'api::consultation-requests.read', subject: null };

export default {
  config: { locales: [] },
  register(app: StrapiApp) {
    // Shown to intake staff and super admins only; the routes behind it check the same permission.
    app.addMenuLink({
      to: 'consultation-requests',
      icon: Mail,
      intlLabel: { id: 'haven.consultation-requests', defaultMessage: 'Consultation requests' },
      Component: () => import('./consultation-requests/page'),
      permissions: [readRequests],
    });
    // Editors' reports; the routes behind them check the same permission (src/editorial/report-routes.ts).
    app.addMenuLink({
      to: 'editorial',
      icon: Earth,
      intlLabel: { id: 'haven.editorial', defaultMessage: 'Editorial oversight' },
      Component: () => import('./editorial/page'),
      permissions: readReports,
    });
    app.widgets.register({
      id: 'editorial-oversight',
      icon: Earth,
      title: { id: 'haven.editorial.widget', defaultMessage: 'Translations and reviews' },
      link: { label: { id: 'haven.editorial.open', defaultMessage: 'Open the report' }, href: '/editorial' },
      component: async () => (await import('./editorial/widget')).default,
      permissions: readReports,
    });
  },
};
