import { ImageResponse } from 'next/og';
import { cutAtWord as cut } from './social';

/**
 * The picture a shared link shows (Open Graph / Twitter card), drawn per page with next/og (satori + resvg, bundled
 * with Next, nothing fetched): the number itself, what it counts, and where it comes from — so a post quoting a
 * ctstats figure carries the figure, not a generic banner. Same palette as public/social-card.png, the fallback.
 * Text is laid out by satori as text (article words are never markup here).
 */
export const CARD_SIZE = { width: 1200, height: 630 };

export interface Card {
  /** Small line above the number: what is counted ("Arrests in Morocco, 2019"). */
  eyebrow: string;
  /** The number as printed on ctstats (">25", "1,000–1,500"). */
  value: string;
  unit: string;
  /** One or two lines under it: when, who said it, where it was published. */
  lines: string[];
  /** The quote, cut to fit. */
  quote?: string;
}

export function cardImage(card: Card): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#1f3a5f', color: '#f5f7fa', padding: 64 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, opacity: 0.85 }}>
          <span>{cut(card.eyebrow, 60)}</span>
          <span>ctstats</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', alignItems: 'baseline' }}>
            <span style={{ fontSize: 150, fontWeight: 700, lineHeight: 1 }}>{cut(card.value, 14)}</span>
            <span style={{ fontSize: 44, marginLeft: 24, opacity: 0.9 }}>{cut(card.unit, 28)}</span>
          </div>
          {card.lines.map((line) => (
            <div key={line} style={{ display: 'flex', fontSize: 32, marginTop: 14, opacity: 0.9 }}>{cut(line, 70)}</div>
          ))}
          {card.quote ? <div style={{ display: 'flex', fontSize: 28, marginTop: 22, fontStyle: 'italic', opacity: 0.8 }}>“{cut(card.quote, 150)}”</div> : null}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 26, opacity: 0.8 }}>
          <div style={{ display: 'flex', height: 12, width: 160, background: '#f0b429', borderRadius: 6, marginRight: 24 }} />
          Every number tied to the sentence it came from
        </div>
      </div>
    ),
    CARD_SIZE,
  );
}
