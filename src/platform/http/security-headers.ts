import { createHash } from 'node:crypto';
import { siteCss } from '../../ui/site-css';

const styleHash = `'sha256-${createHash('sha256').update(siteCss).digest('base64')}'`;

/**
 * Headers for every response, static and dynamic alike. No inline script is allowed;
 * the one inline stylesheet is allowed by its hash.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styleHash}`,
    // blob: for the upload script, which draws a chosen photo (an object URL) smaller on a canvas.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};
