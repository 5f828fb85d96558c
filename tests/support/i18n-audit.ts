import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { namespaceOf } from '../../src/lib/locale-resources';

type Catalog = Record<string, Record<string, Record<string, string>>>; // lang -> namespace -> key -> text

function readCatalog(localesDir: string): Catalog {
  const catalog: Catalog = {};
  for (const lang of readdirSync(localesDir)) {
    catalog[lang] = {};
    for (const file of readdirSync(path.join(localesDir, lang)).filter((f) => f.endsWith('.json'))) {
      catalog[lang][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(localesDir, lang, file), 'utf8'));
    }
  }
  return catalog;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Files written in some languages only: the staff pages (staff, report) are in nl, fr and en; in the other
 * languages they are shown in Dutch with a note (the file there stays empty, `{}`).
 */
const PARTIAL: Record<string, readonly string[]> = {
  staff: ['nl', 'fr', 'en'],
  report: ['nl', 'fr', 'en'],
  helperPages: ['nl', 'fr', 'en'],
  staffSessions: ['nl', 'fr', 'en'],
};
const expectedIn = (ns: string, lang: string, texts: Record<string, string>) =>
  !PARTIAL[ns] || PARTIAL[ns].includes(lang) || Object.keys(texts).length > 0;

/** Plural forms a language needs, as i18next names them (key_one, key_other, ...). */
const pluralForms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map(String);

/** Keys as code writes them: plural variants collapse into their base key. */
function baseKeys(keys: Record<string, string>): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const key of Object.keys(keys)) {
    const base = key.replace(PLURAL, '');
    bases.set(base, [...(bases.get(base) ?? []), key]);
  }
  return bases;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Quoted, as code writes a key: 'key', "key", `key`, or namespaced 'ns:key'. */
const isUsed = (key: string, ns: string, source: string) =>
  source.includes(`'${key}'`) ||
  source.includes(`"${key}"`) ||
  source.includes(`\`${key}\``) ||
  source.includes(`'${ns}:${key}'`) ||
  source.includes(`"${ns}:${key}"`);

/**
 * Problems in the translation files, compared with Dutch (the reference): missing or extra keys,
 * empty texts, {{placeholders}} that differ, keys no code uses (nor chooses: `chosenByCode`),
 * keys in another file than the one their first part names.
 */
export function auditLocales(
  localesDir: string,
  source: string,
  { reference = 'nl', chosenByCode = new Set<string>() }: { reference?: string; chosenByCode?: Set<string> } = {},
): string[] {
  const catalog = readCatalog(localesDir);
  const base = catalog[reference] ?? {};
  const problems: string[] = [];
  for (const [ns, keys] of Object.entries(base)) {
    for (const key of baseKeys(keys).keys()) {
      if (!isUsed(key, ns, source) && !chosenByCode.has(key)) problems.push(`unused key ${ns}:${key}`);
      if (namespaceOf(key) !== ns) problems.push(`key ${ns}:${key} belongs in ${namespaceOf(key)}.json`);
    }
  }
  for (const [lang, namespaces] of Object.entries(catalog)) {
    for (const [ns, keys] of Object.entries(base)) {
      const texts = namespaces[ns] ?? {};
      if (!expectedIn(ns, lang, texts)) continue;
      const translatedBases = baseKeys(texts);
      for (const [base, variants] of baseKeys(keys)) {
        const reference = keys[variants[0] ?? base] ?? '';
        const isPlural = variants.some((v) => PLURAL.test(v));
        const expected = isPlural ? pluralForms(lang).map((form) => `${base}_${form}`) : [base];
        for (const key of expected) {
          const translated = texts[key];
          if (translated === undefined) problems.push(`${lang}: missing key ${ns}:${key}`);
          else if (translated.trim() === '') problems.push(`${lang}: empty text for ${ns}:${key}`);
          else if (placeholders(translated) !== placeholders(reference))
            problems.push(`${lang}: placeholders of ${ns}:${key} differ from nl`);
        }
        for (const key of translatedBases.get(base) ?? []) {
          if (!expected.includes(key)) problems.push(`${lang}: key ${ns}:${key} is not a form ${lang} uses`);
        }
      }
      for (const base of translatedBases.keys()) {
        if (!baseKeys(keys).has(base)) problems.push(`${lang}: key ${ns}:${base} is not in nl`);
      }
    }
    for (const ns of Object.keys(namespaces)) {
      if (!(ns in base)) problems.push(`${lang}: namespace ${ns} is not in ${reference}`);
    }
  }
  return problems;
}

/** All code that may use a translation key: components, pages, functions. */
export function readSource(dirs = ['src', 'functions']): string {
  return dirs
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|mts|astro)$/.test(f))
        .map((f) => readFileSync(path.join(dir, f), 'utf8')),
    )
    .join('\n');
}
