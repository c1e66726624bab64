import { iterateFigures } from '@/lib/data/figures';
import { effectiveFilters, parseFigureFilters, searchParamsOf } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { csvHeader, csvRow } from '@/lib/export/csv';

export const dynamic = 'force-dynamic';

/**
 * GET /api/figures?format=csv|json&<the table's filters>
 * The same filter schema as the pages; unlike a page (which reports and ignores a bad value), an export refuses
 * it with 400 so a script never silently downloads the wrong data.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { format: formats, ...params } = searchParamsOf(url.searchParams);
  const parsed = parseFigureFilters(params);
  const { problems } = parsed;
  const filters = effectiveFilters(parsed.filters, (await currentAnalyst()) !== null);
  const format = formats ?? 'csv';
  if (Array.isArray(format)) problems.push(`Ignored format: it was given ${format.length} times; give it once.`);
  else if (format !== 'csv' && format !== 'json') problems.push(`Unknown format “${format.slice(0, 20)}”: use csv or json.`);
  if (problems.length > 0) return Response.json({ error: 'Bad request', problems }, { status: 400 });
  delete filters.page;

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        if (format === 'csv') {
          controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`));
          for await (const batch of iterateFigures(filters)) controller.enqueue(encoder.encode(batch.map(csvRow).join('')));
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
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers:
      format === 'csv'
        ? { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="ctstats-figures-${stamp}.csv"` }
        : { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
