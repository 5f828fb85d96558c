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
import type { Lang } from './languages';

export const NAMESPACES = ['common', 'guide', 'errors'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: Record<Lang, Record<Namespace, Record<string, string>>> = {
  nl: { common: nlCommon, guide: nlGuide, errors: nlErrors },
  fr: { common: frCommon, guide: frGuide, errors: frErrors },
  en: { common: enCommon, guide: enGuide, errors: enErrors },
  ar: { common: arCommon, guide: arGuide, errors: arErrors },
  tr: { common: trCommon, guide: trGuide, errors: trErrors },
  pl: { common: plCommon, guide: plGuide, errors: plErrors },
  ro: { common: roCommon, guide: roGuide, errors: roErrors },
  uk: { common: ukCommon, guide: ukGuide, errors: ukErrors },
};
