import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, checkBodySize, checkFormActionBody, checkOrigin, checkScriptedActionBody, jsonDepth, pathDecodes } from './request-guard';

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const MULTIPART = 'multipart/form-data; boundary=x';

describe('pathDecodes', () => {
  it('refuses percent-encodings that are not UTF-8', () => {
    for (const p of ['/figures/%FF', '/figures/%C0%AF', '/figures/%E2%82', '/sources/%', '/sources/%G0', '/%ED%A0%80']) expect(pathDecodes(p)).toBe(false);
  });
  it('accepts ordinary and well-encoded paths', () => {
    for (const p of ['/', '/figures/12', '/sources/%C3%A9', '/figures/a%20b']) expect(pathDecodes(p)).toBe(true);
  });
});

describe('checkOrigin', () => {
  it('lets the framework judge a missing or "null" Origin', () => {
    expect(checkOrigin(null, 'localhost:3000')).toBeNull();
    expect(checkOrigin('null', 'localhost:3000')).toBeNull();
  });
  it('answers 400 for an Origin that is not a URL and 403 for another host', () => {
    expect(checkOrigin('http://[::1', 'localhost:3000')?.status).toBe(400);
    expect(checkOrigin('not a url', 'localhost:3000')?.status).toBe(400);
    expect(checkOrigin('http://evil.example', 'localhost:3000')?.status).toBe(403);
    expect(checkOrigin('http://localhost:3000', 'LOCALHOST:3000')).toBeNull();
  });
});

describe('checkBodySize', () => {
  it('refuses a body over the limit, declared or actual', () => {
    expect(checkBodySize(String(ACTION_BODY_LIMIT + 1))?.status).toBe(413);
    expect(checkBodySize(null, ACTION_BODY_LIMIT + 1)?.status).toBe(413);
    expect(checkBodySize('100', 100)).toBeNull();
  });
});

describe('jsonDepth', () => {
  it('counts nesting without parsing, ignoring brackets in strings', () => {
    expect(jsonDepth('[null,"$K1"]')).toBe(1);
    expect(jsonDepth('[{"a":[1]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[["]')).toBe(1);
    expect(jsonDepth('['.repeat(100000))).toBe(100000);
  });
});

describe('checkScriptedActionBody', () => {
  it('accepts what React sends for an action without arguments (sign-out): an empty plain-text root', () => {
    expect(checkScriptedActionBody('text/plain;charset=UTF-8', null, '[]')).toBeNull();
  });

  it('accepts what React sends for a form action: a JSON root ending in the form reference, and the form fields', () => {
    expect(checkScriptedActionBody(MULTIPART, form([['0', '[null,"$K1"]'], ['_1_name', 'A']]))).toBeNull();
    expect(checkScriptedActionBody(MULTIPART, form([['0', '[{"ok":true,"message":"Done."},"$K1"]'], ['_1_note', '[not json']]))).toBeNull();
  });
  it('refuses a root that is not a form, bad JSON, deep nesting and bodies that are not form data', () => {
    expect(checkScriptedActionBody('application/json', null, '[]')?.status).toBe(415);
    expect(checkScriptedActionBody('text/plain;charset=UTF-8', null, '[null,"x"]')?.status).toBe(400);
    expect(checkScriptedActionBody('text/plain', null, '[null,')?.status).toBe(400);
    expect(checkScriptedActionBody('text/plain', null, `${'['.repeat(5000)}${']'.repeat(5000)}`)?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, null)?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, form([['0', '[null,"x"]']]))?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, form([['0', '[null,']]))?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, form([['0', `${'['.repeat(40)}"$K1"${']'.repeat(40)}`]]))?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, form([['x', 'y']]))?.status).toBe(400);
    expect(checkScriptedActionBody(MULTIPART, form([['0', '[null,"$K1"]'], ['2', '{bad']]))?.status).toBe(400);
  });
});

describe('checkFormActionBody', () => {
  it('checks only React’s action description fields', () => {
    expect(checkFormActionBody(form([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"ab","bound":"$@1"}'], ['$ACTION_1:1', '[null]'], ['note', '{']]))).toBeNull();
    expect(checkFormActionBody(form([['$ACTION_1:0', '{bad']]))?.status).toBe(400);
    expect(checkFormActionBody(null)?.status).toBe(400);
  });
});
