import { NextResponse, type NextRequest } from 'next/server';
import {
  checkBodySize,
  checkFormActionBody,
  checkOrigin,
  checkScriptedActionBody,
  pathDecodes,
  problemResponse,
  type Problem,
} from '@/lib/http/request-guard';
import { contentSecurityPolicy, isFramablePath, newNonce } from '@/lib/http/security-headers';
import { checkActionBody } from '@/lib/http/action-body';
import { keptPage } from '@/lib/http/page-cache';

/**
 * Runs before every page, action and API request (Next 16's proxy, formerly middleware):
 * 1. refuses what Next.js would answer with a 500 — undecodable paths get the designed not-found page (404),
 *    malformed server-action requests a JSON problem (400/403/413/415); see lib/http/request-guard.ts;
 * 2. answers a public page asked for by a reader not signed in from the pages kept until the database changes
 *    (lib/http/page-cache.ts), when it has it;
 * 3. gives each other response a Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (request.method === 'GET') {
    const kept = await keptPage(request);
    if (kept) return kept;
  }
  const rawPath = new URL(request.url).pathname;
  if (!pathDecodes(rawPath)) {
    // Rewritten to a path no route matches, so the app's not-found page answers (status 404, with its CSP).
    return withCsp(request, (headers) => NextResponse.rewrite(new URL('/_not-a-page', request.url), { request: { headers } }));
  }
  if (request.method === 'POST') {
    const problem = await checkPost(request);
    if (problem) return problemResponse(problem);
  }
  return withCsp(request, (headers) => NextResponse.next({ request: { headers } }));
}

async function checkPost(request: NextRequest): Promise<Problem | null> {
  const scripted = request.headers.has('next-action');
  const contentType = request.headers.get('content-type');
  const isForm = !!contentType && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType);
  if (!scripted && !isForm) return null; // not an action: the route answers (pages take no other POSTs)
  const origin = checkOrigin(request.headers.get('origin'), request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  if (origin) return origin;
  const declared = checkBodySize(request.headers.get('content-length'));
  if (declared) return declared;
  // Next.js buffers the body for the proxy (proxyClientMaxBodySize), so reading a clone leaves it for the action.
  let bytes: ArrayBuffer;
  try {
    bytes = await request.clone().arrayBuffer();
  } catch {
    return { status: 400, title: 'Request not understood', detail: 'The request body could not be read.' };
  }
  const size = checkBodySize(null, bytes.byteLength);
  if (size) return size;
  const form = isForm ? await new Response(bytes, { headers: contentType ? { 'content-type': contentType } : {} }).formData().catch(() => null) : null;
  if (!scripted) return checkFormActionBody(form);
  const text = isForm ? null : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const shape = checkScriptedActionBody(contentType, form, text);
  if (shape) return shape;
  // Then what Next.js itself must decode (references to parts, the argument list): lib/http/action-body.ts.
  const verdict = await checkActionBody(contentType, new Request(request.url, { method: 'POST', body: bytes, headers: contentType ? { 'content-type': contentType } : {} }));
  return verdict.ok ? null : { status: 400, title: 'Request not understood', detail: `That request was not understood: ${verdict.reason}` };
}

function withCsp(request: NextRequest, respond: (requestHeaders: Headers) => NextResponse): NextResponse {
  const nonce = newNonce();
  const framable = isFramablePath(new URL(request.url).pathname);
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https: process.env.CTSTATS_SECURE_COOKIES === '1', framable });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  // Always set, never taken from the client: the root layout leaves out the site's header on embeds.
  headers.set('x-ctstats-embed', framable ? '1' : '0');
  headers.set('Content-Security-Policy', policy); // Next.js reads the nonce from here
  const response = respond(headers);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Not the build's static files (hashed, immutable, no scripts of their own to protect).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
