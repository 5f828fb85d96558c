// @ts-check
/**
 * Imports point one way: features -> platform -> ui -> lib. Views take plain props and never reach
 * the server or the database; a feature uses another only through that feature's index files.
 * Each rule below is ESLint's no-restricted-imports for one folder.
 */
const FEATURES = [
  'auth',
  'deadline',
  'documents',
  'dossier',
  'help',
  'helpers',
  'letters',
  'sessions',
  'site',
  'staff',
];
const IO_PACKAGES = ['pg', '@netlify/database', '@netlify/blobs', 'openid-client', 'node:fs', 'node:fs/promises'];

/** @param {string} regex @param {string} message */
const folder = (regex, message) => ({ regex, message });
const upward = {
  platform: folder('(^|/)platform/', 'ui and lib must not import the platform (features -> platform -> ui -> lib).'),
  features: folder('(^|/)features/', 'Only features, functions and pages import features.'),
  ui: folder('(^|/)ui/', 'lib must not import ui (features -> platform -> ui -> lib).'),
};
const io = IO_PACKAGES.map((name) => ({
  name,
  message: 'This layer has no I/O: take the values as arguments or props.',
}));

/** Another feature's files other than its index files: forbidden from inside `feature`. */
/** @param {string} feature */
const otherFeatures = (feature) =>
  folder(
    `(^|/)(\\.\\./)+(${FEATURES.filter((f) => f !== feature).join('|')})/(?!index$|views/index$|model/index$)`,
    'Use another feature only through its index (index, views/index or model/index).',
  );

/**
 * @param {string[]} files
 * @param {{ regex: string; message: string }[]} patterns
 * @param {{ name: string; message: string }[]} [paths]
 * @returns {import('eslint').Linter.Config}
 */
const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
});

export const layers = [
  restrict(['src/lib/**'], [upward.features, upward.platform, upward.ui], io),
  restrict(['src/ui/**'], [upward.features, upward.platform], io),
  restrict(['src/platform/**'], [upward.features]),
  ...FEATURES.map((feature) => restrict([`src/features/${feature}/**`], [otherFeatures(feature)])),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/features/${feature}/views/**`],
      [
        otherFeatures(feature),
        folder(
          '(^|/)(platform|service|store|http)/',
          'Views take plain props: no platform, service, store or handler.',
        ),
        folder('(^|/)(session|oidc|csrf|candidates|require-session)$', 'Views never import the server.'),
      ],
      io,
    ),
  ),
];
