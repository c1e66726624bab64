/**
 * The table of malformed requests and the status each must get: never a 5xx, and the designed answer — the
 * not-found page (404) for an address that names nothing or cannot be decoded, a JSON problem for a malformed action
 * (400 / 403 / 413 / 415) or export (400), the page with its problem reported for a malformed filter (200).
 */

export interface MalformedCase {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | FormData;
  /** The status (or statuses) the request must get. */
  expect: number | number[];
  /** Text the answer must contain (e.g. the reported problem). */
  includes?: string;
  /** A response header that must contain a text. */
  header?: [string, string];
}

export interface CaseContext {
  /** The sign-in action's id and the review action's id (from the pages' forms). */
  signInAction: string;
  reviewAction: string;
  figureId: number;
  sourceId: number;
  base: string;
}

const BAD_ENCODINGS = ['%FF', '%C0%AF', '%E2%82', '%', '%%', '%G0', '%zz', '%E0%80%80', '%ED%A0%80', '%F8%88%80%80%80', 'abc%FF', '1%FF', '%C3', '%FF%FE', '%C0%80'];
const BAD_IDS = ['0', '-1', '01', '1.5', '1e3', '0x10', '99999999999', '2147483648', '%20', 'abc', '1;2', '1%00', '..%2F..%2Fetc%2Fpasswd', '%201', '1%2F2'];

function form(entries: Array<[string, string]>): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

export function malformedCases(ctx: CaseContext): MalformedCase[] {
  const cases: MalformedCase[] = [];
  for (const base of ['/figures/', '/sources/']) {
    for (const bad of BAD_ENCODINGS) cases.push({ name: `undecodable ${base}${bad}`, path: `${base}${bad}`, expect: 404, includes: 'Not found' });
    for (const bad of BAD_IDS) cases.push({ name: `bad id ${base}${bad}`, path: `${base}${bad}`, expect: 404 });
  }
  for (const p of ['/%FF', '/compare/%E2%82', '/about/%C0%AF', '/api/figures/%FF', '/signin/%E2%82', '/%2e%2e/%2e%2e/etc/passwd', '/_next/static/..%2F..%2Fpackage.json']) {
    cases.push({ name: `undecodable or unknown ${p}`, path: p, expect: 404 });
  }
  cases.push({ name: 'figure id too large', path: '/figures/2147483647', expect: 404 });

  // Filters on pages: reported and ignored, the page still answers.
  const pageFilters: Array<[string, string?]> = [
    ['/figures?year=abc', 'Ignored'],
    ['/figures?metric=arrests&metric=plots_foiled', 'given 2 times'],
    ['/figures?page=2&page=3', 'given 2 times'],
    ['/compare?metric=arrests&metric=arrests', 'given 2 times'],
    ['/?from=2019&from=2020', 'given 2 times'],
    ['/figures?q=%FF'],
    ['/figures?q=%25'],
    ['/figures?q=_'],
    ['/figures?q=%00', 'control characters'],
    ['/figures?attributedTo=%00BCIJ', 'control characters'],
    ['/compare?q=a%07b', 'control characters'],
    ['/figures?page=0', 'Ignored'],
    ['/figures?page=999999999', 'Ignored'],
    ['/figures?sort=evil', 'Ignored'],
    ['/figures?dir=sideways', 'Ignored'],
    ['/figures?%FF=1'],
    ['/figures?from=2030&to=2010', 'reversed'],
    ['/compare?from=abc', 'Ignored'],
    ['/?to=%E2%82', 'Ignored'],
    [`/figures?q=${'x'.repeat(300)}`, 'Ignored'],
    ['/figures?source=0', 'Ignored'],
    ['/figures?status=evil', 'Ignored'],
  ];
  for (const [p, includes] of pageFilters) cases.push({ name: `page filter ${p.slice(0, 60)}`, path: p, expect: 200, includes });

  // The export refuses instead of guessing.
  for (const p of [
    '/api/figures?format=xml',
    '/api/figures?format=csv&format=json',
    '/api/figures?metric=arrests&metric=plots_foiled',
    '/api/figures?year=abc',
    '/api/figures?page=abc',
    '/api/figures?source=0',
    '/api/figures?from=3000',
    '/api/figures?status=evil',
    '/api/figures?q=a&q=b',
    '/api/figures?q=%00',
    '/api/figures?attributedTo=%1F',
    `/api/figures?q=${'y'.repeat(300)}`,
  ]) {
    cases.push({ name: `export ${p.slice(0, 60)}`, path: p, expect: 400 });
  }
  cases.push({ name: 'export with undecodable search', path: '/api/figures?format=json&q=%FF', expect: 200 });

  // Server actions called from script with bodies React cannot decode, and forged origins.
  const actions: Array<[string, string]> = [
    ['/signin', ctx.signInAction],
    [`/figures/${ctx.figureId}`, ctx.reviewAction],
  ];
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const big = 'a'.repeat(1024 * 1024 + 10);
  for (const [p, id] of actions) {
    const h = (extra: Record<string, string> = {}) => ({ 'Next-Action': id, Origin: ctx.base, ...extra });
    cases.push(
      { name: `${p} action: root not form data (text)`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain;charset=UTF-8' }), body: '[null,"x"]', expect: 400 },
      { name: `${p} action: root not form data (multipart)`, method: 'POST', path: p, headers: h(), body: form([['0', '[null,"x"]']]), expect: 400 },
      { name: `${p} action: root an object`, method: 'POST', path: p, headers: h(), body: form([['0', '{"a":1}']]), expect: 400 },
      { name: `${p} action: root a number`, method: 'POST', path: p, headers: h(), body: form([['0', '1']]), expect: 400 },
      { name: `${p} action: bad JSON (text)`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain' }), body: '[null,', expect: 400 },
      { name: `${p} action: bad JSON (multipart)`, method: 'POST', path: p, headers: h(), body: form([['0', '[null,']]), expect: 400 },
      { name: `${p} action: no root`, method: 'POST', path: p, headers: h(), body: form([['x', 'y']]), expect: 400 },
      { name: `${p} action: deep nesting (text)`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain' }), body: deep, expect: 400 },
      { name: `${p} action: deep nesting (multipart)`, method: 'POST', path: p, headers: h(), body: form([['0', deep]]), expect: 400 },
      { name: `${p} action: deep nesting in another part`, method: 'POST', path: p, headers: h(), body: form([['0', '[null,"$K1"]'], ['2', deep]]), expect: 400 },
      { name: `${p} action: body over the limit (text)`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain' }), body: big, expect: 413 },
      { name: `${p} action: body over the limit (multipart)`, method: 'POST', path: p, headers: h(), body: form([['0', '[null,"$K1"]'], ['_1_note', big]]), expect: 413 },
      { name: `${p} action: arguments that are not a form (text)`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain' }), body: '["a","b"]', expect: 400 },
      // No arguments at all (how sign-out is called): the action answers, never an error.
      { name: `${p} action: no arguments`, method: 'POST', path: p, headers: h({ 'Content-Type': 'text/plain;charset=UTF-8' }), body: '[]', expect: [200, 303] },
      { name: `${p} action: JSON content type`, method: 'POST', path: p, headers: h({ 'Content-Type': 'application/json' }), body: '[null]', expect: 415 },
      { name: `${p} action: url-encoded body`, method: 'POST', path: p, headers: h({ 'Content-Type': 'application/x-www-form-urlencoded' }), body: 'a=b', expect: 415 },
      { name: `${p} action: unparsable Origin`, method: 'POST', path: p, headers: h({ Origin: 'http://[::1' }), body: form([['0', '[null,"$K1"]']]), expect: 400 },
      { name: `${p} action: Origin not a URL`, method: 'POST', path: p, headers: h({ Origin: 'not a url' }), body: form([['0', '[null,"$K1"]']]), expect: 400 },
      { name: `${p} action: Origin of another site`, method: 'POST', path: p, headers: h({ Origin: 'http://evil.example' }), body: form([['0', '[null,"$K1"]']]), expect: 403 },
      // Next.js's own answers: 400 for an id it cannot read, 409 for an action of another deployment.
      { name: `${p} action: unknown action id`, method: 'POST', path: p, headers: h({ 'Next-Action': '00'.repeat(21) }), body: form([['0', '[null,"$K1"]']]), expect: [400, 404, 409] },
      { name: `${p} action: unreadable action id`, method: 'POST', path: p, headers: h({ 'Next-Action': 'zz' }), body: form([['0', '[null,"$K1"]']]), expect: [400, 404, 409] },
      // Well-formed but wrong: the action itself answers (200 with its refusal), never an error.
      { name: `${p} action: form without fields`, method: 'POST', path: p, headers: h(), body: form([['0', '[null,"$K1"]']]), expect: [200, 303] },
    );
  }
  // Forms posted without script (progressive enhancement) with a broken action description.
  for (const p of ['/signin', `/figures/${ctx.figureId}`]) {
    cases.push(
      { name: `${p} form: action description not JSON`, method: 'POST', path: p, headers: { Origin: ctx.base }, body: form([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{bad'], ['$ACTION_KEY', 'k']]), expect: 400 },
      { name: `${p} form: action description too deep`, method: 'POST', path: p, headers: { Origin: ctx.base }, body: form([['$ACTION_REF_1', ''], ['$ACTION_1:0', deep]]), expect: 400 },
      { name: `${p} form: unknown action`, method: 'POST', path: p, headers: { Origin: ctx.base }, body: form([['$ACTION_ID_abc', '']]), expect: [400, 404] },
      { name: `${p} form: Origin of another site`, method: 'POST', path: p, headers: { Origin: 'http://evil.example' }, body: form([['$ACTION_ID_abc', '']]), expect: 403 },
    );
  }
  // Review without a valid session: sent to sign in, nothing written.
  cases.push(
    // A scripted action that redirects answers 200 with the redirect in a header (the client follows it).
    { name: 'review with a forged session', method: 'POST', path: `/figures/${ctx.figureId}`, headers: { 'Next-Action': ctx.reviewAction, Origin: ctx.base, Cookie: 'ctstats_session=QWRtaW4.9999999999999.forged' }, body: form([['0', '[null,"$K1"]'], ['_1_figureId', String(ctx.figureId)], ['_1_action', 'delete']]), expect: [200, 303], header: ['x-action-redirect', '/signin?expired=1'] },
    { name: 'garbage session cookie on a page', path: `/figures/${ctx.figureId}`, headers: { Cookie: 'ctstats_session=%FF%FE;;;' }, expect: 200 },
    { name: 'figure page', path: `/figures/${ctx.figureId}`, expect: 200 },
    { name: 'source page', path: `/sources/${ctx.sourceId}`, expect: 200 },
  );
  return cases;
}
