import { describe, expect, it } from 'vitest';
import { checkActionBody } from './action-body';

const multipart = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const request = new Request('http://x/', { method: 'POST', body: form });
  return { type: request.headers.get('content-type'), request };
};
const text = (body: string) => new Request('http://x/', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8' } });

describe('checkActionBody', () => {
  it('passes what React sends for a form action and for plain arguments', async () => {
    const m = multipart({ '1_login': 'ada', '1_password': 'x', '0': '["$undefined","$K1"]' });
    expect(await checkActionBody(m.type, m.request)).toEqual({ ok: true });
    expect(await checkActionBody('text/plain;charset=UTF-8', text('[1,"two",{"three":3}]'))).toEqual({ ok: true });
    expect(await checkActionBody('application/x-www-form-urlencoded', text('a=b'))).toEqual({ ok: true });
  });

  it('refuses bodies Next.js could not decode', async () => {
    for (const body of ['', '\u0001garbage', '{"a":1}', '["unterminated']) {
      expect((await checkActionBody('text/plain', text(body))).ok, JSON.stringify(body)).toBe(false);
    }
    const noRoot = multipart({ '1_login': 'x' });
    expect((await checkActionBody(noRoot.type, noRoot.request)).ok).toBe(false);
    const badRoot = multipart({ '0': 'garbage' });
    expect((await checkActionBody(badRoot.type, badRoot.request)).ok).toBe(false);
    const broken = new Request('http://x/', { method: 'POST', body: '--XX\r\nbroken' });
    expect((await checkActionBody('multipart/form-data; boundary=XX', broken)).ok).toBe(false);
    expect((await checkActionBody('multipart/form-data; boundary=XX', new Request('http://x/', { method: 'POST', body: '' }))).ok).toBe(false);
  });
});
