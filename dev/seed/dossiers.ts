/** The seed's dossiers for the cases every demo and test needs; more variety in more-dossiers.ts. */
import { DATA_ISSUES } from '../../src/features/dossier/model/data-issues';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { addDays } from '../../src/lib/dates';
import { child, firstAndReminder, home, lastThreeMonths, letter, taxAssessment, yearsBefore } from './builders';
import type { SeedDossier } from './builders';
import { CITIZEN } from './candidates';
import { moreDossiers } from './more-dossiers';

/** The required cases, then the rest; one dossier per test citizen, in their order. */
export function seedDossiers(today: string): SeedDossier[] {
  return [...requiredCases(today), ...moreDossiers(today)];
}

function requiredCases(today: string): SeedDossier[] {
  return [
    {
      citizen: CITIZEN.sarah,
      preferredLang: 'nl',
      housingCompany: 'Woonmaatschappij Dijle en Nete',
      registrationDate: yearsBefore(today, 4, 75),
      members: [child(today, 'Lucas', 'Peeters', 9)],
      income: taxAssessment(today, 2, 21480),
      housing: home('Kerkstraat 14 bus 2', '2800', 'Mechelen'),
      choices: { municipalities: ['Mechelen', 'Bonheiden', 'Sint-Katelijne-Waver'], homeType: 'flat' },
      letters: [letter(today, 'first', 9)],
    },
    {
      citizen: CITIZEN.mohamed,
      preferredLang: 'ar',
      phone: '0485 21 43 65',
      housingCompany: 'Woonmaatschappij Scheldeboord',
      registrationDate: yearsBefore(today, 7, 200),
      members: [
        { role: 'partner', givenName: 'Fatima', familyName: 'Bennani', birthDate: '1983-02-17' },
        child(today, 'Yassin', 'El Amrani', 15),
        child(today, 'Salma', 'El Amrani', 12),
        child(today, 'Adam', 'El Amrani', 8),
        child(today, 'Nour', 'El Amrani', 3),
      ],
      income: lastThreeMonths(6150),
      housing: home('Turnhoutsebaan 201', '2140', 'Antwerpen'),
      choices: { municipalities: ['Antwerpen', 'Mortsel', 'Edegem'], homeType: 'house' },
      letters: [letter(today, 'first', 12)],
    },
    {
      citizen: CITIZEN.ayse,
      preferredLang: 'tr',
      housingCompany: 'Woonmaatschappij Kempenland',
      registrationDate: yearsBefore(today, 3, 120),
      members: [
        { role: 'partner', givenName: 'Mehmet', familyName: 'Yılmaz', birthDate: '1987-11-02' },
        child(today, 'Elif', 'Yılmaz', 6),
      ],
      income: taxAssessment(today, 2, 32940),
      housing: home('Stationsstraat 33', '3600', 'Genk'),
      choices: { municipalities: ['Genk', 'As', 'Zutendaal'], homeType: 'both' },
      // The reminder gives 15 days: sent 14 days ago, so tomorrow is the last day.
      letters: firstAndReminder(today, 14),
    },
    {
      citizen: CITIZEN.katarzyna,
      preferredLang: 'pl',
      housingCompany: 'Woonmaatschappij Dijleland',
      registrationDate: yearsBefore(today, 5, 10),
      members: [],
      income: lastThreeMonths(4200),
      housing: home('Diestsestraat 180', '3000', 'Leuven'),
      choices: { municipalities: ['Leuven', 'Herent', 'Kortenberg'], homeType: 'flat' },
      // Reminder sent 18 days ago: its 15 days ended 3 days ago.
      letters: firstAndReminder(today, 18),
    },
    {
      citizen: CITIZEN.jan,
      preferredLang: 'nl',
      housingCompany: 'Woonmaatschappij Leie en Schelde',
      registrationDate: yearsBefore(today, 6, 300),
      dataIssues: [DATA_ISSUES.duplicateMember, DATA_ISSUES.postcodeMismatch],
      members: [
        { role: 'partner', givenName: 'An', familyName: 'Verbruggen', birthDate: '1977-09-14' },
        // The migration merged two local dossiers and kept the same child twice.
        child(today, 'Lotte', 'Janssens', 11),
        child(today, 'Lotte', 'Janssens', 11),
      ],
      income: taxAssessment(today, 2, 38750),
      // 2000 is Antwerpen's postcode; Gent is 9000.
      housing: home('Veldstraat 8', '2000', 'Gent'),
      choices: { municipalities: ['Gent', 'Merelbeke', 'Melle'], homeType: 'house' },
      letters: [letter(today, 'first', 6)],
    },
    {
      citizen: CITIZEN.marieClaire,
      preferredLang: 'fr',
      email: 'mc.mukendi@example.org',
      housingCompany: 'Woonmaatschappij Zennevallei',
      registrationDate: yearsBefore(today, 2, 90),
      status: 'confirmed',
      members: [
        child(today, 'Divine', 'Mukendi', 14),
        child(today, 'Christian', 'Mukendi', 10),
        child(today, 'Esther', 'Mukendi', 5),
      ],
      income: taxAssessment(today, 2, 18760),
      housing: home('Leuvensestraat 52', '1800', 'Vilvoorde'),
      choices: { municipalities: ['Vilvoorde', 'Machelen', 'Zemst'], homeType: 'both' },
      letters: [letter(today, 'first', 20)],
      checked: [...SECTIONS],
      confirmedOn: addDays(today, -3),
    },
    {
      citizen: CITIZEN.oleksandr,
      preferredLang: 'uk',
      housingCompany: 'Woonmaatschappij Brugse Polder',
      registrationDate: yearsBefore(today, 2, 30),
      members: [
        { role: 'partner', givenName: 'Iryna', familyName: 'Kovalenko', birthDate: '1988-05-09' },
        child(today, 'Maksym', 'Kovalenko', 7),
      ],
      income: lastThreeMonths(7350),
      housing: home('Langestraat 77', '8000', 'Brugge', 'private-rent', 'foreigners'),
      choices: { municipalities: ['Brugge', 'Oostkamp'], homeType: 'flat' },
      letters: [letter(today, 'first', 4)],
    },
    {
      citizen: CITIZEN.ion,
      preferredLang: 'ro',
      housingCompany: 'Woonmaatschappij Midwest',
      // Yearly letters go out on the anniversary of the registration date.
      registrationDate: yearsBefore(addDays(today, -7), 3),
      members: [{ role: 'partner', givenName: 'Maria', familyName: 'Popescu', birthDate: '1979-04-16' }],
      income: taxAssessment(today, 2, 28300),
      housing: home('Noordstraat 9', '8800', 'Roeselare'),
      choices: { municipalities: ['Roeselare', 'Izegem', 'Lichtervelde'], homeType: 'house' },
      letters: [letter(today, 'yearly', 7)],
    },
    {
      citizen: CITIZEN.luc,
      preferredLang: 'nl',
      housingCompany: 'Woonmaatschappij Waasland',
      registrationDate: yearsBefore(today, 1, 200),
      members: [],
      income: lastThreeMonths(3720),
      // A reference address at the OCMW: post reaches him there, though he lives on the street.
      housing: home('Statiestraat 1 (OCMW)', '9100', 'Sint-Niklaas', 'homeless', 'reference-address'),
      choices: { municipalities: ['Sint-Niklaas', 'Temse', 'Beveren', 'Lokeren'], homeType: 'flat' },
      letters: [letter(today, 'first', 15)],
    },
    {
      citizen: CITIZEN.els,
      preferredLang: 'nl',
      phone: '011 22 33 44',
      housingCompany: 'Woonmaatschappij Haspengouw en Demer',
      registrationDate: yearsBefore(addDays(today, -3), 5),
      members: [
        {
          role: 'child',
          givenName: 'Tim',
          familyName: 'Wouters',
          birthDate: yearsBefore(today, 24, 100),
          disability: true,
          dependent: true,
        },
        child(today, 'Fien', 'Wouters', 17),
      ],
      income: taxAssessment(today, 2, 24900),
      housing: home('Molenstraat 64', '3500', 'Hasselt'),
      choices: { municipalities: ['Hasselt', 'Diepenbeek', 'Zonhoven'], homeType: 'house' },
      letters: [letter(today, 'yearly', 3)],
    },
    {
      citizen: CITIZEN.dirk,
      preferredLang: 'nl',
      housingCompany: 'Woonmaatschappij Westkust',
      registrationDate: yearsBefore(today, 8, 15),
      status: 'struck-off',
      members: [],
      income: taxAssessment(today, 3, 15400),
      housing: home('Vlaanderenstraat 21', '8400', 'Oostende'),
      choices: { municipalities: ['Oostende', 'Bredene', 'Middelkerke'], homeType: 'flat' },
      letters: [...firstAndReminder(today, 40), letter(today, 'struck-off', 10)],
    },
  ];
}
