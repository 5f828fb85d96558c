import { LANGUAGE_NAMES, textDirection, type Lang } from '../../../lib/languages';

/** The languages spoken at a session, each name in its own language (as the language switcher shows them). */
export function SessionLanguages({ languages }: { languages: readonly Lang[] }) {
  return (
    <>
      {languages.map((code, index) => (
        <>
          {index > 0 && ', '}
          <span lang={code} dir={textDirection(code)}>
            {LANGUAGE_NAMES[code]}
          </span>
        </>
      ))}
    </>
  );
}
