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
