/** Opens a document in one locale in the Content Manager's edit view (a path under the CMS's own origin). */
export const editUrl = (uid: string, documentId: string, locale: string) =>
  `/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
