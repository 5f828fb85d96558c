// Writes dist/_headers so that static files get the same security headers as functions.
import { writeFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../src/platform/http/security-headers';

const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
writeFileSync('dist/_headers', `/*\n${lines.join('\n')}\n`);
console.log(`wrote dist/_headers (${lines.length} headers)`);
