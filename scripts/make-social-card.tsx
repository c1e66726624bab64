/**
 * npx tsx scripts/make-social-card.tsx — renders public/social-card.png, the Open Graph / Twitter image used when a
 * page has no image of its own. Run again when the wording or colours change; the PNG is committed so serving it
 * needs nothing at run time. Uses next/og (satori + resvg, bundled with Next, offline).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';

async function main(): Promise<void> {
  const image = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#1f3a5f', color: '#f5f7fa', padding: 72 }}>
        <div style={{ display: 'flex', fontSize: 40, opacity: 0.85 }}>ctstats</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>Morocco’s counterterrorism record, sourced</div>
          <div style={{ fontSize: 34, marginTop: 24, opacity: 0.85 }}>Cells dismantled, arrests, plots foiled, foreign fighters — every number tied to its quote.</div>
        </div>
        <div style={{ display: 'flex', height: 12, width: 240, background: '#f0b429', borderRadius: 6 }} />
      </div>
    ),
    { width: 1200, height: 630 },
  );
  const out = path.join(process.cwd(), 'public', 'social-card.png');
  writeFileSync(out, Buffer.from(await image.arrayBuffer()));
  process.stdout.write(`wrote ${out}\n`);
}

void main();
