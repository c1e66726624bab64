import { NextResponse, type NextRequest } from 'next/server';
import { checkActionBody } from '@/lib/http/action-body';

/**
 * Server-action requests whose body Next.js could not decode get a 400 with a plain reason rather than a 500
 * (lib/http/action-body.ts). Everything else passes untouched.
 */
export async function proxy(request: NextRequest) {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return NextResponse.next();
  const verdict = await checkActionBody(request.headers.get('content-type'), request.clone());
  if (verdict.ok) return NextResponse.next();
  return new NextResponse(`That request was not understood: ${verdict.reason}`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
