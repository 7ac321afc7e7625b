import 'server-only';
import { createContentApi } from '@haven/content';
import { getClient } from './apollo-client';

/** The getters pages call; null means "not found", a throw means the CMS failed. */
export const content = createContentApi({ getClient });
