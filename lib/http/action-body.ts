/**
 * A first look at a server-action request body, before Next.js decodes it. Next answers a body it cannot decode
 * (empty, not multipart after all, not JSON) with a 500; proxy.ts answers those with a 400 instead, so a malformed
 * request gets a clear refusal. Only the outer structure is checked — React's encoding of the arguments is a
 * JSON array, sent alone as text or as the field "0" of a multipart body — so any genuine call passes. (A body
 * that is well-formed but refers to parts it does not carry still reaches Next's decoder.)
 */
export type BodyVerdict = { ok: true } | { ok: false; reason: string };

function rootIsArray(json: string): boolean {
  try {
    return Array.isArray(JSON.parse(json));
  } catch {
    return false;
  }
}

export async function checkActionBody(contentType: string | null, body: Request): Promise<BodyVerdict> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await body.formData();
    } catch {
      return { ok: false, reason: 'The form data could not be read.' };
    }
    const root = form.get('0');
    return typeof root === 'string' && rootIsArray(root) ? { ok: true } : { ok: false, reason: 'The form data is incomplete.' };
  }
  if (type === 'text/plain' || type === '') {
    const text = await body.text();
    return rootIsArray(text) ? { ok: true } : { ok: false, reason: 'The request body is not understood.' };
  }
  return { ok: true }; // other encodings (e.g. a no-JavaScript form post) are Next's own to route or refuse
}
