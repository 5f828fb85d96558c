import { jsonResponse } from '../../../platform/http/respond';
import { removeStaleUploads } from '../tus/index';

/**
 * The hourly scheduled run (functions/stale-uploads.mts): removes the parts of uploads left
 * unfinished for a day (a phone that never came back) and what finished uploads kept for a
 * client whose last answer was lost. Answers with the count only.
 */
export const removeStaleUploadParts = async () => jsonResponse({ removed: await removeStaleUploads() });
