// `@haven/cms/testing`: a real Haven CMS for other workspaces' tests. The type-only imports give
// importers the content types of `strapi.documents(…)`.
import type {} from '../../types/generated/components';
import type {} from '../../types/generated/contentTypes';
export { captureLogs, graphql, startCms, trustedQuery, type GraphqlBody, type RunningCms } from './cms-harness';
export { signInNewAdmin } from './admin-session';
export { storeRawArticleBody } from './raw-database';
export { startSupervisedCms, type SupervisedCms } from './supervised-cms';
