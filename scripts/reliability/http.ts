/**
 * HTTP as a browser without script does it: fetch a page, read a form's fields, post the form. The review and
 * sign-in forms are React forms with progressive enhancement, so posting their fields (including React's
 * `$ACTION_*` fields) runs the real server action and answers with the page showing its result.
 */

export interface Sent {
  status: number;
  body: string;
  headers: Headers;
  /** Set when the request failed before an answer (refused connection, timeout). */
  failure?: string;
}

export const REQUEST_TIMEOUT_MS = 30_000;

export async function send(url: string, init: RequestInit = {}): Promise<Sent> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...init });
    return { status: response.status, body: await response.text(), headers: response.headers };
  } catch (err) {
    return { status: 0, body: '', headers: new Headers(), failure: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", '#x27': "'", '#39': "'" };
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|lt|gt|apos|#x27|#39);/g, (_, e: string) => ENTITIES[e] ?? _);
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[$]/g, '\\$')}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]!) : null;
}

export interface HtmlForm {
  /** Hidden inputs in document order (React's action fields and the form's own). */
  hidden: Array<[string, string]>;
  /** Values of the submit buttons named "action". */
  buttons: string[];
}

/** The first form in `html` whose opening tag contains `marker` (e.g. `aria-label="Review this figure"`). */
export function findForm(html: string, marker: string): HtmlForm | null {
  const start = html.search(new RegExp(`<form[^>]*${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (start === -1) return null;
  const end = html.indexOf('</form>', start);
  const inner = html.slice(start, end === -1 ? undefined : end);
  const hidden: Array<[string, string]> = [];
  for (const tag of inner.match(/<input[^>]*>/g) ?? []) {
    if (attribute(tag, 'type') !== 'hidden') continue;
    const name = attribute(tag, 'name');
    if (name) hidden.push([name, attribute(tag, 'value') ?? '']);
  }
  const buttons = (inner.match(/<button[^>]*>/g) ?? []).filter((t) => attribute(t, 'name') === 'action').map((t) => attribute(t, 'value') ?? '');
  return { hidden, buttons };
}

/** The text of the form's result line (`role="status"` or `role="alert"`), if any. */
export function resultMessage(html: string): string | null {
  const m = /<p role="(?:status|alert)"[^>]*>([^<]*)<\/p>/.exec(html);
  return m ? decodeEntities(m[1]!) : null;
}

export function formBody(fields: Array<[string, string]>): FormData {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  return form;
}

/** The action id React put in a form's `$ACTION_n:0` field (what a scripted call sends as `Next-Action`). */
export function actionIdOf(form: HtmlForm): string | null {
  for (const [name, value] of form.hidden) {
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        const parsed = JSON.parse(value) as { id?: unknown };
        if (typeof parsed.id === 'string') return parsed.id;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The error boundary's text (app/error.tsx): a page that rendered it surfaced an error even with status 200. */
export const ERROR_PAGE_TEXT = 'Something went wrong';

/**
 * Signs an analyst in through the app's own sign-in form and returns the session cookie. Kept in this one function
 * so a change of the sign-in (named accounts instead of one shared password) changes only this.
 */
export async function signInAnalyst(base: string, credentials: { login: string; password: string }): Promise<string> {
  const page = await send(`${base}/signin`);
  const form = findForm(page.body, 'method="POST"') ?? findForm(page.body, '');
  if (!form) throw new Error(`sign-in page has no form (status ${page.status})`);
  const fields: Array<[string, string]> = [...form.hidden, ['login', credentials.login], ['password', credentials.password]];
  const answer = await send(`${base}/signin`, { method: 'POST', body: formBody(fields), headers: { Origin: base } });
  const cookie = answer.headers.get('set-cookie')?.split(';')[0];
  if (answer.status !== 303 || !cookie) throw new Error(`sign-in refused (status ${answer.status}${answer.failure ? `, ${answer.failure}` : ''}): ${resultMessage(answer.body) ?? ''}`);
  return cookie;
}
