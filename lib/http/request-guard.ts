/**
 * Checks on a request before Next.js routes it, for what the framework answers with a 500 today: a path whose
 * percent-encoding does not decode (Next throws a URIError while matching `[id]`), and server-action requests
 * whose body or Origin it cannot parse. Each check returns null (let it through) or the problem to answer with.
 * Pure functions over the request's parts, so they are unit-tested without a server.
 */

export interface Problem {
  status: 400 | 403 | 404 | 413 | 415;
  title: string;
  detail: string;
}

/** Next.js's own default limit for a server action's body (experimental.serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Deeper than any argument this app's actions take (a previous state object and a form); bounds the parser's recursion. */
export const ACTION_MAX_DEPTH = 16;

/** True when every segment of the raw path decodes as UTF-8 percent-encoding ("%FF", "%C0%AF", "%E2%82" do not). */
export function pathDecodes(rawPath: string): boolean {
  try {
    for (const segment of rawPath.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Origin header of an action request: absent (same-origin form posts from old browsers) or "null" are left to
 * Next.js's own check; a value that is not a URL, or a URL of another host, is refused here with 400 / 403 (Next.js
 * would refuse it too, but with a 500). The framework's check still runs on everything that passes.
 */
export function checkOrigin(origin: string | null, host: string | null): Problem | null {
  if (origin === null || origin === 'null') return null;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return { status: 400, title: 'Bad Origin header', detail: 'The Origin header is not a URL.' };
  }
  if (!host || parsed.host.toLowerCase() !== host.toLowerCase()) {
    return { status: 403, title: 'Cross-site request refused', detail: 'Changes can only be made from this site’s own pages.' };
  }
  return null;
}

export function checkBodySize(contentLength: string | null, actualBytes?: number): Problem | null {
  const declared = contentLength !== null && /^\d+$/.test(contentLength) ? Number(contentLength) : null;
  if ((declared ?? 0) > ACTION_BODY_LIMIT || (actualBytes ?? 0) > ACTION_BODY_LIMIT) {
    return { status: 413, title: 'Request too large', detail: `A form can send at most ${ACTION_BODY_LIMIT / 1024} KB.` };
  }
  return null;
}

/** Nesting depth of a JSON text, counted without parsing it (so a deep text cannot exhaust the stack here). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (jsonDepth(text) > ACTION_MAX_DEPTH) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const notUnderstood = (detail: string): Problem => ({ status: 400, title: 'Request not understood', detail });

/**
 * A server action called from script (the `Next-Action` header). This app's actions take a form or nothing
 * (sign-out), so the body is either multipart form data whose root (field "0") is a JSON array ending in a
 * reference to that form ("$K1"), or a plain-text root that is an empty argument list `[]`. Anything else —
 * `[null,"x"]`, bad JSON, nesting deeper than ACTION_MAX_DEPTH — is refused before React decodes it. The form's own
 * fields arrive as `_1_<name>` (free text); any other part is JSON React outlined from the root.
 */
export function checkScriptedActionBody(contentType: string | null, form: FormData | null, text: string | null = null): Problem | null {
  const type = contentType?.toLowerCase() ?? '';
  if (type.startsWith('text/plain')) {
    const parsed = parseJson(text ?? '');
    if (!parsed.ok) return notUnderstood('The arguments are not valid JSON (or are nested too deeply).');
    if (!Array.isArray(parsed.value) || parsed.value.length > 0) return notUnderstood('This site’s actions take a form or nothing.');
    return null;
  }
  if (!type.startsWith('multipart/form-data')) {
    return { status: 415, title: 'Unsupported request body', detail: 'The actions of this site take form data.' };
  }
  if (!form) return notUnderstood('The form data could not be read.');
  const root = form.get('0');
  if (typeof root !== 'string') return notUnderstood('The request names no arguments.');
  const parsed = parseJson(root);
  if (!parsed.ok) return notUnderstood('The arguments are not valid JSON (or are nested too deeply).');
  const args = parsed.value;
  if (!Array.isArray(args) || args.length === 0 || typeof args.at(-1) !== 'string' || !/^\$K\d+$/.test(args.at(-1) as string)) {
    return notUnderstood('The last argument must be the submitted form.');
  }
  for (const [key, value] of form) {
    if (key !== '0' && typeof value === 'string' && !/^_\d+_/.test(key) && parseJson(value).ok === false) return notUnderstood(`Field “${key.slice(0, 40)}” is not valid JSON.`);
  }
  return null;
}

/**
 * A form posted without script (progressive enhancement): React names the action in `$ACTION_ID_<id>` or in
 * `$ACTION_REF_<n>` with its JSON description in `$ACTION_<n>:<i>`. Those JSON fields must parse; the rest is
 * ordinary form data, left to the action's own validation.
 */
export function checkFormActionBody(form: FormData | null): Problem | null {
  if (!form) return notUnderstood('The form data could not be read.');
  for (const [key, value] of form) {
    if (!key.startsWith('$ACTION_')) continue;
    if (/^\$ACTION_\d+:\d+$/.test(key)) {
      if (typeof value !== 'string' || !parseJson(value).ok) return notUnderstood('The form’s action description is not valid JSON.');
    }
  }
  return null;
}

export function problemResponse(problem: Problem, headers?: HeadersInit): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...problem }), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...Object.fromEntries(new Headers(headers)) },
  });
}
