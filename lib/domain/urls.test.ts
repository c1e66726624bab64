import { describe, expect, it } from 'vitest';
import { isLinkableUrl, storableUrl } from './urls';

describe('storableUrl', () => {
  it('keeps absolute http(s) URLs as printed', () => {
    expect(storableUrl(' https://www.moroccoworldnews.com/2020/02/a ')).toBe('https://www.moroccoworldnews.com/2020/02/a');
    expect(storableUrl('http://example.org')).toBe('http://example.org');
  });
  it('drops every other scheme, relative paths and garbage', () => {
    for (const u of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'ftp://x.org/a', '/relative', 'www.example.org', 'http://', '', null, undefined, `https://x.org/${'a'.repeat(3000)}`]) {
      expect(storableUrl(u)).toBeNull();
    }
    expect(isLinkableUrl('vbscript:x')).toBe(false);
  });
});
