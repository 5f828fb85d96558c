import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Dossier } from '../types';
import type { Lang } from '../../../../lib/languages';

/** One line of a summary list: what it is, the value in plain words, and the form fields behind it. */
export interface SummaryRow {
  label: string;
  value: string;
  fields: string[];
}

/** A date column, read as YYYY-MM-DD text so no time zone can shift it. */
export interface DateColumn {
  date: string;
}
export type Column = string | DateColumn;

/**
 * Where a section's values live: one row per dossier in `table` (found by the dossier's id, or
 * for the person by the candidate's id), one column per value. The dossier query reads them and
 * the section writer writes them from this alone, so a new value needs no SQL of its own.
 */
export interface SectionTable<Stored> {
  table: string;
  rowOf: 'dossier' | 'candidate';
  /** The property of the dossier that holds the values. */
  dossierKey: 'person' | 'income' | 'housing' | 'choices';
  columns: { [K in keyof Stored]: string };
  /** Shown beside the values but never written here (the national register's data). */
  readOnly?: Record<string, Column>;
  /** The form field a value comes from, where the names differ (amountCents from amount). */
  fieldOf?: Partial<Record<keyof Stored, string>>;
}

/**
 * Everything about one dossier section in one place: its change form's schema, the shape the
 * service accepts, its columns, what its form shows before anything is typed, and its labels.
 * Only its fields view (views/fields/) and a migration live elsewhere.
 */
export interface SectionModule<Stored> {
  /** The change form over urlencoded string values; issue messages are error keys. */
  form: z.ZodType<Stored>;
  /** The values as `form` produces them; the service checks them again before writing. */
  stored: z.ZodType<Stored>;
  /** Where they live, for sections of one row per dossier (household is a list of members). */
  table?: SectionTable<Stored>;
  /** The names of the form's fields, in the order of the form. */
  fields: (dossier: Dossier) => string[];
  /** What the change form shows before the person types anything: everything already known. */
  formValues: (dossier: Dossier, lang: Lang) => Record<string, string>;
  /** The data in plain words, as the section page and the check page show it. */
  rows: (dossier: Dossier, t: TFunction, lang: Lang) => SummaryRow[];
  /** The translation key of each field's label. */
  labels: Record<string, string>;
  /** The translation key of each choice of a radio field; the choices are these keys. */
  options?: Record<string, Record<string, string>>;
}

/**
 * The form fields of a one-row section, in the order of its columns.
 * @example tableFields(income.table) // ['source', 'taxYear', 'amount']
 */
export function tableFields<Stored>(table: SectionTable<Stored>): string[] {
  return (Object.keys(table.columns) as (keyof Stored & string)[]).map((key) => table.fieldOf?.[key] ?? key);
}

/**
 * The values of a radio field's choices, for its schema's enum.
 * @example choicesOf({ house: 'k1', flat: 'k2' }) // ['house', 'flat']
 */
export function choicesOf<const O extends Record<string, string>>(
  options: O,
): [keyof O & string, ...(keyof O & string)[]] {
  return Object.keys(options) as [keyof O & string, ...(keyof O & string)[]];
}

/** A summary row of one field: its label, and "not filled in" for an empty value. */
export function fieldRow(t: TFunction, labels: Record<string, string>, field: string, value: string, fields = [field]) {
  return { label: t(labels[field] ?? field), value: value === '' ? t('dossier.value.none') : value, fields };
}
