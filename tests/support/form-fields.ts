/**
 * The hidden fields of the first form on a page that posts to `action`, as a browser would send them.
 * @example formFields(html, '/api/dossier/confirm') // { csrf: '…', version: '1', idempotencyKey: '…', lang: 'nl' }
 */
export function formFields(html: string, action: string): Record<string, string> {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const fields: Record<string, string> = {};
  for (const [, name = '', value = ''] of form
    .slice(0, form.indexOf('</form>'))
    .matchAll(/<input type="hidden"[^>]*? name="([^"]+)" value="([^"]*)"/g)) {
    fields[name] = value;
  }
  return fields;
}

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The attributes of one start tag; an attribute without a value is ''. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = '', value = ''] of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) found[name] = decode(value);
  return found;
}

/** A form as a browser would send it: its action and the body. */
export interface Submission {
  action: string;
  body: URLSearchParams;
}

/**
 * What a browser sends when a person fills in fields by id (a key naming a radio's or a
 * checkbox's id checks it) and sends their form, or the page's last form when there are no
 * values: every named field with its value, checked radios and checkboxes only, as
 * tests/support/pages.ts fillAndSubmit does in a real browser (the site has no select).
 * @example formSubmission(html, { amount: 'a lot' }) // { action: '/api/dossier/save', body: csrf=…&amount=a+lot… }
 */
export function formSubmission(html: string, values: Record<string, string>): Submission {
  const main = html.slice(html.indexOf('<main'));
  const forms = [...main.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(([form]) => form);
  const [first] = Object.keys(values);
  const form = first === undefined ? forms.at(-1) : forms.find((f) => f.includes(` id="${first}"`));
  if (!form) throw new Error(`no form ${first === undefined ? 'on the page' : `with a field ${first}`}`);
  // A textarea's value is its text.
  const fields = [...form.matchAll(/<(input|textarea)\b[^>]*>(?:([^<]*)<\/textarea>)?/g)].map(
    ([tag, kind, text]): Record<string, string> => ({
      ...attributes(tag),
      ...(kind === 'textarea' ? { value: decode(text ?? '') } : {}),
    }),
  );
  const checkable = (field: Record<string, string>) => field['type'] === 'radio' || field['type'] === 'checkbox';
  // A radio checked by the values unchecks the others of its group.
  const regrouped = new Set(
    fields.filter((f) => f['type'] === 'radio' && (f['id'] ?? '') in values).map((f) => f['name']),
  );
  const body = new URLSearchParams();
  for (const field of fields) {
    const { name, id = '' } = field;
    if (name === undefined) continue;
    if (!checkable(field)) body.append(name, values[id] ?? field['value'] ?? '');
    else if (id in values || (field['checked'] !== undefined && !regrouped.has(name)))
      body.append(name, field['value'] ?? 'on');
  }
  return { action: attributes(form.slice(0, form.indexOf('>')))['action'] ?? '', body };
}
