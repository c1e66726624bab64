import { describe, expect, it } from 'vitest';
import { urlKey } from './url-key';

describe('urlKey', () => {
  it('treats scheme, www, a trailing dot or slash, the fragment and comment-form parameters as the same article', () => {
    const key = 'article19.ma/en/index.php/2017/12/11/focus';
    expect(urlKey('http://article19.ma/en/index.php/2017/12/11/focus/?unapproved=202168&moderation-hash=a7&bs-comment-added=1')).toBe(key);
    expect(urlKey('https://www.article19.ma/en/index.php/2017/12/11/focus#comments')).toBe(key);
    expect(urlKey('https://carnegieendowment.org./sada/2019/02/x?utm_source=rss')).toBe(urlKey('https://carnegieendowment.org/sada/2019/02/x'));
  });

  it('keeps parameters that may name the article, in a stable order', () => {
    expect(urlKey('http://www.middle-east-online.com/english/?id=87886')).toBe('middle-east-online.com/english?id=87886');
    expect(urlKey('http://x.org/?b=2&a=1')).toBe(urlKey('http://x.org/?a=1&b=2'));
    expect(urlKey('http://x.org/?id=1')).not.toBe(urlKey('http://x.org/?id=2'));
  });

  it('has no key for a missing, malformed or non-web address', () => {
    expect(urlKey(null)).toBeNull();
    expect(urlKey('  ')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
    expect(urlKey('mailto:a@b.c')).toBeNull();
  });
});
