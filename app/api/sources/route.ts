import { z } from 'zod';
import { searchSourceOptions } from '@/lib/data/sources';

export const dynamic = 'force-dynamic';

const query = z.object({ q: z.string().max(100).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });

/**
 * GET /api/sources?q=TEXT — at most 20 sources whose outlet, headline or number matches: what the source filter's
 * search box offers as you type, so no page has to list every source.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = query.safeParse({ q: url.searchParams.get('q') ?? undefined, limit: url.searchParams.get('limit') ?? undefined });
  if (!parsed.success) return Response.json({ error: 'Bad request', problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, { status: 400 });
  const options = await searchSourceOptions(parsed.data.q, parsed.data.limit);
  return Response.json(options, { headers: { 'Cache-Control': 'no-store' } });
}
