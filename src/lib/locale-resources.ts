// Static imports, not a glob: functions are bundled by esbuild, which has no import.meta.glob.
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import frCommon from '../../locales/fr/common.json';
import nlCommon from '../../locales/nl/common.json';
import plCommon from '../../locales/pl/common.json';
import roCommon from '../../locales/ro/common.json';
import trCommon from '../../locales/tr/common.json';
import ukCommon from '../../locales/uk/common.json';
import arGuide from '../../locales/ar/guide.json';
import enGuide from '../../locales/en/guide.json';
import frGuide from '../../locales/fr/guide.json';
import nlGuide from '../../locales/nl/guide.json';
import plGuide from '../../locales/pl/guide.json';
import roGuide from '../../locales/ro/guide.json';
import trGuide from '../../locales/tr/guide.json';
import ukGuide from '../../locales/uk/guide.json';
import arErrors from '../../locales/ar/errors.json';
import enErrors from '../../locales/en/errors.json';
import frErrors from '../../locales/fr/errors.json';
import nlErrors from '../../locales/nl/errors.json';
import plErrors from '../../locales/pl/errors.json';
import roErrors from '../../locales/ro/errors.json';
import trErrors from '../../locales/tr/errors.json';
import ukErrors from '../../locales/uk/errors.json';
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
import type { Lang } from './languages';

export const NAMESPACES = ['common', 'guide', 'errors', 'auth', 'dossier'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: Record<Lang, Record<Namespace, Record<string, string>>> = {
  nl: { common: nlCommon, guide: nlGuide, errors: nlErrors, auth: nlAuth, dossier: nlDossier },
  fr: { common: frCommon, guide: frGuide, errors: frErrors, auth: frAuth, dossier: frDossier },
  en: { common: enCommon, guide: enGuide, errors: enErrors, auth: enAuth, dossier: enDossier },
  ar: { common: arCommon, guide: arGuide, errors: arErrors, auth: arAuth, dossier: arDossier },
  tr: { common: trCommon, guide: trGuide, errors: trErrors, auth: trAuth, dossier: trDossier },
  pl: { common: plCommon, guide: plGuide, errors: plErrors, auth: plAuth, dossier: plDossier },
  ro: { common: roCommon, guide: roGuide, errors: roErrors, auth: roAuth, dossier: roDossier },
  uk: { common: ukCommon, guide: ukGuide, errors: ukErrors, auth: ukAuth, dossier: ukDossier },
};
