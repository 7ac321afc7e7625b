import type { StrapiApp } from '@strapi/strapi/admin';
import { Mail } from '@strapi/icons';

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
  },
};
