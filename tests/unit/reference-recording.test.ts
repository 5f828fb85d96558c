import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { inputsDigest, readRecording, writeRecording } from '../support/reference-recording';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'reference-')), 'answers.json');

test("Netlify's recorded answers are used only for the code they were asked of", () => {
  const digest = inputsDigest();
  writeRecording(digest, { 'GET /': { status: 302 } }, file);
  expect(readRecording(digest, file)).toEqual({ 'GET /': { status: 302 } });
  // Any other digest (one changed byte in any input file) is a stale recording: ask again.
  expect(readRecording(`${digest.slice(0, -1)}${digest.endsWith('0') ? '1' : '0'}`, file)).toBeNull();
});

test('the digest is the same twice for the same files', () => {
  expect(inputsDigest()).toBe(inputsDigest());
});
