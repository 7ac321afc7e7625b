import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::slug-history.slug-history');
