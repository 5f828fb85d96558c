// Static imports, not a glob: functions are bundled by esbuild, which has no import.meta.glob.
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import frCommon from '../../locales/fr/common.json';
import nlCommon from '../../locales/nl/common.json';
import plCommon from '../../locales/pl/common.json';
import roCommon from '../../locales/ro/common.json';
import trCommon from '../../locales/tr/common.json';
import ukCommon from '../../locales/uk/common.json';
import arAuth from '../../locales/ar/auth.json';
import enAuth from '../../locales/en/auth.json';
import frAuth from '../../locales/fr/auth.json';
import nlAuth from '../../locales/nl/auth.json';
import plAuth from '../../locales/pl/auth.json';
import roAuth from '../../locales/ro/auth.json';
import trAuth from '../../locales/tr/auth.json';
import ukAuth from '../../locales/uk/auth.json';
import arDossier from '../../locales/ar/dossier.json';
import enDossier from '../../locales/en/dossier.json';
import frDossier from '../../locales/fr/dossier.json';
import nlDossier from '../../locales/nl/dossier.json';
import plDossier from '../../locales/pl/dossier.json';
import roDossier from '../../locales/ro/dossier.json';
import trDossier from '../../locales/tr/dossier.json';
import ukDossier from '../../locales/uk/dossier.json';
import arDeadline from '../../locales/ar/deadline.json';
import enDeadline from '../../locales/en/deadline.json';
import frDeadline from '../../locales/fr/deadline.json';
import nlDeadline from '../../locales/nl/deadline.json';
import plDeadline from '../../locales/pl/deadline.json';
import roDeadline from '../../locales/ro/deadline.json';
import trDeadline from '../../locales/tr/deadline.json';
import ukDeadline from '../../locales/uk/deadline.json';
import arLetters from '../../locales/ar/letters.json';
import enLetters from '../../locales/en/letters.json';
import frLetters from '../../locales/fr/letters.json';
import nlLetters from '../../locales/nl/letters.json';
import plLetters from '../../locales/pl/letters.json';
import roLetters from '../../locales/ro/letters.json';
import trLetters from '../../locales/tr/letters.json';
import ukLetters from '../../locales/uk/letters.json';
import arHelp from '../../locales/ar/help.json';
import enHelp from '../../locales/en/help.json';
import frHelp from '../../locales/fr/help.json';
import nlHelp from '../../locales/nl/help.json';
import plHelp from '../../locales/pl/help.json';
import roHelp from '../../locales/ro/help.json';
import trHelp from '../../locales/tr/help.json';
import ukHelp from '../../locales/uk/help.json';
import arDocuments from '../../locales/ar/documents.json';
import enDocuments from '../../locales/en/documents.json';
import frDocuments from '../../locales/fr/documents.json';
import nlDocuments from '../../locales/nl/documents.json';
import plDocuments from '../../locales/pl/documents.json';
import roDocuments from '../../locales/ro/documents.json';
import trDocuments from '../../locales/tr/documents.json';
import ukDocuments from '../../locales/uk/documents.json';
import arStaff from '../../locales/ar/staff.json';
import enStaff from '../../locales/en/staff.json';
import frStaff from '../../locales/fr/staff.json';
import nlStaff from '../../locales/nl/staff.json';
import plStaff from '../../locales/pl/staff.json';
import roStaff from '../../locales/ro/staff.json';
import trStaff from '../../locales/tr/staff.json';
import ukStaff from '../../locales/uk/staff.json';
import arReport from '../../locales/ar/report.json';
import enReport from '../../locales/en/report.json';
import frReport from '../../locales/fr/report.json';
import nlReport from '../../locales/nl/report.json';
import plReport from '../../locales/pl/report.json';
import roReport from '../../locales/ro/report.json';
import trReport from '../../locales/tr/report.json';
import ukReport from '../../locales/uk/report.json';
import arSessions from '../../locales/ar/sessions.json';
import enSessions from '../../locales/en/sessions.json';
import frSessions from '../../locales/fr/sessions.json';
import nlSessions from '../../locales/nl/sessions.json';
import plSessions from '../../locales/pl/sessions.json';
import roSessions from '../../locales/ro/sessions.json';
import trSessions from '../../locales/tr/sessions.json';
import ukSessions from '../../locales/uk/sessions.json';
import arStaffSessions from '../../locales/ar/staffSessions.json';
import enStaffSessions from '../../locales/en/staffSessions.json';
import frStaffSessions from '../../locales/fr/staffSessions.json';
import nlStaffSessions from '../../locales/nl/staffSessions.json';
import plStaffSessions from '../../locales/pl/staffSessions.json';
import roStaffSessions from '../../locales/ro/staffSessions.json';
import trStaffSessions from '../../locales/tr/staffSessions.json';
import ukStaffSessions from '../../locales/uk/staffSessions.json';
import type { Lang } from './languages';

import arHelpers from '../../locales/ar/helpers.json';
import arHelperPages from '../../locales/ar/helperPages.json';
import enHelpers from '../../locales/en/helpers.json';
import enHelperPages from '../../locales/en/helperPages.json';
import frHelpers from '../../locales/fr/helpers.json';
import frHelperPages from '../../locales/fr/helperPages.json';
import nlHelpers from '../../locales/nl/helpers.json';
import nlHelperPages from '../../locales/nl/helperPages.json';
import plHelpers from '../../locales/pl/helpers.json';
import plHelperPages from '../../locales/pl/helperPages.json';
import roHelpers from '../../locales/ro/helpers.json';
import roHelperPages from '../../locales/ro/helperPages.json';
import trHelpers from '../../locales/tr/helpers.json';
import trHelperPages from '../../locales/tr/helperPages.json';
import ukHelpers from '../../locales/uk/helpers.json';
import ukHelperPages from '../../locales/uk/helperPages.json';
/** One file of texts per feature, and common for the site's frame (header, footer, error pages). */
export const NAMESPACES = [
  'common',
  'auth',
  'dossier',
  'deadline',
  'letters',
  'help',
  'documents',
  'staff',
  'report',
  'helpers',
  'helperPages',
  'sessions',
  'staffSessions',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * A key's first part names its feature's file; every other key is common. So a key has one
 * place, and finding its text never searches the other files.
 */
const NAMESPACE_OF_PREFIX: Readonly<Record<string, Namespace>> = {
  auth: 'auth',
  session: 'auth',
  dossier: 'dossier',
  personal: 'dossier',
  household: 'dossier',
  income: 'dossier',
  address: 'dossier',
  choices: 'dossier',
  deadline: 'deadline',
  letter: 'letters',
  proxy: 'letters',
  appeal: 'letters',
  help: 'help',
  documents: 'documents',
  staff: 'staff',
  report: 'report',
  helpers: 'helpers',
  helperPages: 'helperPages',
  sessions: 'sessions',
  staffSessions: 'staffSessions',
};

/**
 * The file a key lives in.
 * @example namespaceOf('dossier.change.save') // 'dossier'
 * @example namespaceOf('appeal.noticeDate.required') // 'letters'
 * @example namespaceOf('footer.privacy') // 'common'
 */
export function namespaceOf(key: string): Namespace {
  return NAMESPACE_OF_PREFIX[key.slice(0, key.indexOf('.'))] ?? 'common';
}

export const resources: Record<Lang, Record<Namespace, Record<string, string>>> = {
  nl: {
    common: nlCommon,
    auth: nlAuth,
    dossier: nlDossier,
    deadline: nlDeadline,
    letters: nlLetters,
    help: nlHelp,
    documents: nlDocuments,
    staff: nlStaff,
    report: nlReport,
    helpers: nlHelpers,
    helperPages: nlHelperPages,
    sessions: nlSessions,
    staffSessions: nlStaffSessions,
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    dossier: frDossier,
    deadline: frDeadline,
    letters: frLetters,
    help: frHelp,
    documents: frDocuments,
    staff: frStaff,
    report: frReport,
    helpers: frHelpers,
    helperPages: frHelperPages,
    sessions: frSessions,
    staffSessions: frStaffSessions,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    dossier: enDossier,
    deadline: enDeadline,
    letters: enLetters,
    help: enHelp,
    documents: enDocuments,
    staff: enStaff,
    report: enReport,
    helpers: enHelpers,
    helperPages: enHelperPages,
    sessions: enSessions,
    staffSessions: enStaffSessions,
  },
  ar: {
    common: arCommon,
    auth: arAuth,
    dossier: arDossier,
    deadline: arDeadline,
    letters: arLetters,
    help: arHelp,
    documents: arDocuments,
    staff: arStaff,
    report: arReport,
    helpers: arHelpers,
    helperPages: arHelperPages,
    sessions: arSessions,
    staffSessions: arStaffSessions,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    dossier: trDossier,
    deadline: trDeadline,
    letters: trLetters,
    help: trHelp,
    documents: trDocuments,
    staff: trStaff,
    report: trReport,
    helpers: trHelpers,
    helperPages: trHelperPages,
    sessions: trSessions,
    staffSessions: trStaffSessions,
  },
  pl: {
    common: plCommon,
    auth: plAuth,
    dossier: plDossier,
    deadline: plDeadline,
    letters: plLetters,
    help: plHelp,
    documents: plDocuments,
    staff: plStaff,
    report: plReport,
    helpers: plHelpers,
    helperPages: plHelperPages,
    sessions: plSessions,
    staffSessions: plStaffSessions,
  },
  ro: {
    common: roCommon,
    auth: roAuth,
    dossier: roDossier,
    deadline: roDeadline,
    letters: roLetters,
    help: roHelp,
    documents: roDocuments,
    staff: roStaff,
    report: roReport,
    helpers: roHelpers,
    helperPages: roHelperPages,
    sessions: roSessions,
    staffSessions: roStaffSessions,
  },
  uk: {
    common: ukCommon,
    auth: ukAuth,
    dossier: ukDossier,
    deadline: ukDeadline,
    letters: ukLetters,
    help: ukHelp,
    documents: ukDocuments,
    staff: ukStaff,
    report: ukReport,
    helpers: ukHelpers,
    helperPages: ukHelperPages,
    sessions: ukSessions,
    staffSessions: ukStaffSessions,
  },
};
