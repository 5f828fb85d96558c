// Static imports, not a glob: functions are bundled by esbuild, which has no import.meta.glob.
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import frCommon from '../../locales/fr/common.json';
import nlCommon from '../../locales/nl/common.json';
import plCommon from '../../locales/pl/common.json';
import roCommon from '../../locales/ro/common.json';
import trCommon from '../../locales/tr/common.json';
import ukCommon from '../../locales/uk/common.json';
import type { Lang } from './languages';

export const NAMESPACES = ['common'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: Record<Lang, Record<Namespace, Record<string, string>>> = {
  nl: { common: nlCommon },
  fr: { common: frCommon },
  en: { common: enCommon },
  ar: { common: arCommon },
  tr: { common: trCommon },
  pl: { common: plCommon },
  ro: { common: roCommon },
  uk: { common: ukCommon },
};
