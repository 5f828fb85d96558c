import { SECTIONS, type Dossier, type Section, type SectionState } from '../model/types';

/** The JSON that DOSSIER_QUERY builds, before the last touches. */
export type DossierJson = Omit<Dossier, 'sections' | 'income' | 'housing' | 'choices'> & {
  income: Dossier['income'] | null;
  housing: Dossier['housing'] | null;
  choices: Dossier['choices'] | null;
  checks: Array<{ section: Section; state: Exclude<SectionState, 'to-check'>; changedFields: string[] }>;
};

/** Postgres writes timestamps in JSON with its own offset; the pages get plain ISO (UTC). */
const iso = (timestamp: string) => new Date(timestamp).toISOString();

/**
 * The dossier as the pages use it: every section with its state ("to check" until the person
 * acts), timestamps in ISO. A dossier the migration left without income, address or choices
 * cannot be shown safely, so it throws.
 */
export function toDossier(json: DossierJson): Dossier {
  const { checks, income, housing, choices, documents, confirmation, helpers, ...rest } = json;
  if (!income || !housing || !choices) throw new Error('dossier is incomplete');
  const sections = Object.fromEntries(
    SECTIONS.map((section) => {
      const check = checks.find((c) => c.section === section);
      return [section, { state: check?.state ?? 'to-check', changedFields: check?.changedFields ?? [] }];
    }),
  ) as Dossier['sections'];
  return {
    ...rest,
    income,
    housing,
    choices,
    documents: documents.map((doc) => ({ ...doc, uploadedAt: iso(doc.uploadedAt) })),
    sections,
    confirmation: confirmation && { ...confirmation, confirmedAt: iso(confirmation.confirmedAt) },
    helpers: helpers.map((helper) => ({ ...helper, endsAt: iso(helper.endsAt) })),
  };
}
