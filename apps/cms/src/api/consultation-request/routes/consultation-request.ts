import { factories } from '@strapi/strapi';

// Only the site creates requests (with its create-only token); nothing is ever read over the content API.
export default factories.createCoreRouter('api::consultation-request.consultation-request', { only: ['create'] });
