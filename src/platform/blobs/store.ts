import { getStore } from '@netlify/blobs';

/**
 * The Blobs store of sent files and unfinished uploads, read back at once after a write (strong
 * consistency): a file is served right after it was stored, and a resumed upload sees every part.
 */
export const documentsStore = () => getStore({ name: 'documents', consistency: 'strong' });
