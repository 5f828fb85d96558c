/** What other features' views may use of the letters: the forms that make a letter. */
export { AppealLetterForm } from './AppealLetterForm';
