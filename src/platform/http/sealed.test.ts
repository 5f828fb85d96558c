import { beforeAll, describe, expect, test, vi } from 'vitest';
import { openSealed, seal } from './sealed';

// Vitest sets BASE_URL to its own base path ('/'); the site's default is what these need.
beforeAll(() => {
  vi.stubEnv('BASE_URL', 'http://localhost:8888');
});

describe('sealed values', () => {
  test('open again only for the same purpose, and never show the text', () => {
    const sealed = seal('login-attempt', '{"verifier":"abc"}');
    expect(sealed).not.toContain('abc');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier');
    expect(openSealed('login-attempt', sealed)).toBe('{"verifier":"abc"}');
    expect(openSealed('other', sealed)).toBeNull();
  });

  test('a changed, cut or made-up value opens to null', () => {
    const sealed = seal('login-attempt', 'hello');
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(openSealed('login-attempt', bytes.toString('base64url'))).toBeNull();
    expect(openSealed('login-attempt', sealed.slice(0, 20))).toBeNull();
    expect(openSealed('login-attempt', 'not base64 at all!')).toBeNull();
  });
});
