import { z } from 'zod';
import { API_PAGE_LIMIT, getFigureApiPage, iterateFigures } from '@/lib/data/figures';
import { effectiveFilters, parseFigureFilters, searchParamsOf } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { csvHeader, csvRow } from '@/lib/export/csv';
import { csvFileName } from '@/lib/export/chart-csv';
import { publicUrl } from '@/lib/http/public-url';

export const dynamic = 'force-dynamic';

/**
 * GET /api/figures?format=csv|json&<the table's filters>
 * The same filter schema as the pages; unlike a page (which reports and ignores a bad value), an export refuses
 * it with 400 so a script never silently downloads the wrong data.
 * With `limit` (1–100, JSON only) it answers one page instead of streaming everything: `{ figures, nextCursor }`;
 * pass `cursor=<nextCursor>` for the next one (null when there is none).
 */
const pageParams = z.object({
  limit: z.string().regex(/^\d{1,3}$/, 'must be a number from 1 to 100').transform(Number).pipe(z.number().int().min(1).max(API_PAGE_LIMIT)).optional(),
  cursor: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a figure number').transform(Number).optional(),
});

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { format: formats, limit, cursor, ...params } = searchParamsOf(url.searchParams);
  const parsed = parseFigureFilters(params);
  const { problems } = parsed;
  const filters = effectiveFilters(parsed.filters, (await currentAnalyst()) !== null);
  const format = formats ?? 'csv';
  if (Array.isArray(format)) problems.push(`Ignored format: it was given ${format.length} times; give it once.`);
  else if (format !== 'csv' && format !== 'json') problems.push(`Unknown format “${format.slice(0, 20)}”: use csv or json.`);
  // The repeated-parameter rule holds for the paging parameters too: given twice, the request is refused.
  for (const [name, v] of [['limit', limit], ['cursor', cursor]] as const) if (Array.isArray(v)) problems.push(`Ignored ${name}: it was given ${v.length} times; give it once.`);
  const paging = pageParams.safeParse({ limit: Array.isArray(limit) ? undefined : limit, cursor: Array.isArray(cursor) ? undefined : cursor });
  if (!paging.success) for (const i of paging.error.issues) problems.push(`${String(i.path[0])} ${i.message}.`);
  else if (paging.data.cursor !== undefined && paging.data.limit === undefined) problems.push('cursor needs a limit.');
  if (paging.success && paging.data.limit !== undefined && format !== 'json') problems.push('limit and cursor page the JSON format only.');
  if (problems.length > 0) return Response.json({ error: 'Bad request', problems }, { status: 400 });
  delete filters.page;
  delete filters.after;

  if (paging.success && paging.data.limit !== undefined) {
    const page = await getFigureApiPage(filters, { limit: paging.data.limit, cursor: paging.data.cursor });
    return Response.json(page);
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        if (format === 'csv') {
          controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`));
          const base = publicUrl('/');
          for await (const batch of iterateFigures(filters)) controller.enqueue(encoder.encode(batch.map((f) => csvRow(f, base)).join('')));
        } else {
          controller.enqueue(encoder.encode('['));
          let first = true;
          for await (const batch of iterateFigures(filters)) {
            for (const f of batch) {
              controller.enqueue(encoder.encode(`${first ? '' : ','}\n${JSON.stringify(f)}`));
              first = false;
            }
          }
          controller.enqueue(encoder.encode('\n]\n'));
        }
        controller.close();
      } catch (err) {
        controller.error(err);
      }
    },
  });
  return new Response(stream, {
    headers:
      format === 'csv'
        ? { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${csvFileName(filters.metric, new Date())}"` }
        : { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
