import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../lib/i18n';

interface Props {
  sender: { fullName: string; address: string };
  to: string[];
  date: string;
  children: ComponentChildren;
}

/** A letter in Dutch as it will be printed: sender, addressee, place and date, then the text. */
export function LetterSheet({ sender, to, date, children }: Props) {
  return (
    <section class="letter" lang="nl" aria-label="Brief">
      <p class="pre">
        {sender.fullName}
        {'\n'}
        {sender.address}
      </p>
      <p class="pre">{to.join('\n')}</p>
      <p>{formatDate(date, 'nl')}</p>
      {children}
      <p class="pre">{`\n\n${sender.fullName}`}</p>
    </section>
  );
}
