/**
 * Synthetic test citizens: fictitious people with national numbers that have a valid check
 * number. The local identity provider lists them on its login page; the seed gives each one a
 * dossier (dev/seed/dossiers.ts). Never imported by production code.
 */
import { nationalNumberFor } from '../../src/lib/national-number';

export interface TestCitizen {
  nationalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  /** One short English line: what this person's dossier shows. */
  story: string;
}

/** `sequence` is the day's serial number of the national number: odd for men, even for women. */
const citizen = (givenName: string, familyName: string, birthDate: string, sequence: number, story: string) => ({
  nationalNumber: nationalNumberFor(birthDate, sequence),
  givenName,
  familyName,
  birthDate,
  story,
});

/** Each test citizen by a short handle, in the order the login page lists them. */
export const CITIZEN = {
  sarah: citizen(
    'Sarah',
    'Peeters',
    '1988-04-12',
    142,
    'Start here: first letter, about 3 weeks left. Correct the income, then confirm.',
  ),
  mohamed: citizen(
    'Mohamed',
    'El Amrani',
    '1979-09-03',
    57,
    'Prefers Arabic. Household of six: partner and four children; income of the last three months.',
  ),
  ayse: citizen(
    'Ayşe',
    'Yılmaz',
    '1990-06-21',
    88,
    'Reminder letter: the last day is tomorrow. Household of three, prefers Turkish.',
  ),
  katarzyna: citizen(
    'Katarzyna',
    'Nowak',
    '1984-01-30',
    206,
    'The reminder deadline passed 3 days ago; not struck off yet. Lives alone, prefers Polish.',
  ),
  jan: citizen(
    'Jan',
    'Janssens',
    '1975-03-08',
    13,
    'Migration errors to correct: the same child twice, and a postcode that does not match the town.',
  ),
  marieClaire: citizen(
    'Marie-Claire',
    'Mukendi',
    '1981-12-05',
    164,
    'Already confirmed 3 days ago: shows the confirmation. Three children, prefers French.',
  ),
  oleksandr: citizen(
    'Oleksandr',
    'Kovalenko',
    '1986-08-14',
    91,
    'Foreigners register; partner and son; income of the last three months. Prefers Ukrainian.',
  ),
  ion: citizen(
    'Ion',
    'Popescu',
    '1977-10-27',
    35,
    'Yearly actualisation letter, 23 days left. Couple, prefers Romanian.',
  ),
  luc: citizen(
    'Luc',
    'Claes',
    '1968-02-19',
    77,
    'Homeless, with a reference address at the OCMW; lives alone on a living wage.',
  ),
  els: citizen(
    'Els',
    'Wouters',
    '1972-07-07',
    128,
    'Household member with a disability: her adult son lives with her as a dependant.',
  ),
  dirk: citizen(
    'Dirk',
    'Maes',
    '1963-05-23',
    19,
    'Struck off 10 days ago after no answer to letter and reminder; 20 days left to contest.',
  ),
  youssef: citizen(
    'Youssef',
    'Ouali',
    '1985-11-11',
    63,
    'Letter came 2 days ago. Household of five; two sections already checked.',
  ),
  emre: citizen(
    'Emre',
    'Demir',
    '1995-04-04',
    45,
    "Only 3 days left on the first letter. Single, lives at his parents' home; prefers Turkish.",
  ),
  anna: citizen(
    'Anna',
    'Kowalska',
    '1993-09-18',
    212,
    'Couple; income from a tax assessment 3 years old, the oldest still accepted. Prefers Polish.',
  ),
  grace: citizen('Grace', 'Kabongo', '1989-02-28', 170, 'Single mother with a toddler; 5 days left. Prefers French.'),
  mihai: citizen(
    'Mihai',
    'Ionescu',
    '1982-06-30',
    101,
    'Reminder letter, 12 days left. Lives alone, prefers Romanian.',
  ),
  tetiana: citizen(
    'Tetiana',
    'Shevchenko',
    '1979-01-15',
    146,
    'Three generations: her mother and her daughter. Foreigners register, prefers Ukrainian.',
  ),
  hatice: citizen(
    'Hatice',
    'Çelik',
    '1980-10-10',
    92,
    'Yearly letter, 10 days left. Partner with a disability and two teenagers.',
  ),
  pieter: citizen(
    'Pieter',
    'De Smet',
    '1950-12-01',
    23,
    'Pensioner living alone, 14 days left; phone number and e-mail address on file.',
  ),
  nadia: citizen(
    'Nadia',
    'Benali',
    '1998-07-22',
    84,
    'Young mother living with her family; income of the last three months.',
  ),
  bogdan: citizen(
    'Bogdan',
    'Wiśniewski',
    '1976-03-03',
    71,
    'Yearly letter that came yesterday. Lives with his adult son, prefers Polish.',
  ),
  lisa: citizen(
    'Lisa',
    'Vermeulen',
    '2002-08-08',
    34,
    'Born in 2002 (national number with the check for the 2000s); first letter yesterday.',
  ),
} satisfies Record<string, TestCitizen>;

/** Every test citizen; the first is the one to try "correct the income, confirm" with. */
export const TEST_CITIZENS: TestCitizen[] = Object.values(CITIZEN);
