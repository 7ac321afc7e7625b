/// <reference path="../../types/generated/contentTypes.d.ts" />
/// <reference path="../../types/generated/components.d.ts" />
// `@haven/cms/testing`: a real Haven CMS for other workspaces' tests. The references above give
// importers the content types of `strapi.documents(…)`.
export { captureLogs, graphql, startCms, trustedQuery, type GraphqlBody, type RunningCms } from './cms-harness';
export { storeRawArticleBody } from './raw-database';
export { startSupervisedCms, type SupervisedCms } from './supervised-cms';
