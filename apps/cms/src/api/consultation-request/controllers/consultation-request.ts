import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::consultation-request.consultation-request');
