import { audit, candidateActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';
import { deleteDocument, dossierUsage } from '../store/document-store';
import { deleteFile } from '../store/file-blobs';

export type RemoveResult = 'removed' | 'notFound' | 'alreadyConfirmed';

/**
 * Removes one of the person's own files, until the dossier is confirmed. Another dossier's file
 * id, or one removed already, is `notFound` (a 404: nothing is revealed). Audited `document.remove`.
 */
export async function removeDocument(candidateId: string, id: string): Promise<RemoveResult> {
  const outcome = await inTransaction(async (client) => {
    const dossier = await dossierUsage(candidateId, client, true);
    if (!dossier) return { result: 'notFound' as const };
    if (dossier.confirmed) return { result: 'alreadyConfirmed' as const, dossierId: dossier.id };
    const blobKey = await deleteDocument(dossier.id, id, client);
    if (!blobKey) return { result: 'notFound' as const, dossierId: dossier.id };
    await audit(candidateActor(candidateId), dossier.id, 'document.remove', client);
    return { result: 'removed' as const, blobKey };
  });
  if (outcome.blobKey) await deleteFile(outcome.blobKey);
  return outcome.result;
}
