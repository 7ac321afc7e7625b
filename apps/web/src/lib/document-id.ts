/** A Strapi documentId as it may appear in a URL or a webhook: lower-case letters and digits. */
export const documentIdPattern = /^[a-z0-9]{1,64}$/;
