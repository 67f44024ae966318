// The demo jobcentre's fixed cast and mixes: teams with their caseworkers and VKs, companies, job goals,
// next steps that fit each status, and the weights the simulation draws from. Data only, no logic.
import type { PlacementType } from '../domain/model';

export const DEMO_TEAMS: Record<string, { caseworkers: string[]; consultants: string[]; offset: number }> = {
  'Team Nord': {
    caseworkers: ['Mette Kristensen', 'Lars Nielsen', 'Anne Sørensen', 'Jonas Mikkelsen'],
    consultants: ['Henrik Dahl', 'Maria Friis', 'Jesper Krog'],
    offset: 0.04,
  },
  'Team Syd': {
    caseworkers: ['Sofie Jensen', 'Peter Hansen', 'Camilla Østergaard', 'Mads Rasmussen'],
    consultants: ['Line Bech', 'Ole Vinther', 'Ida Skov'],
    offset: 0,
  },
  'Team Vest': {
    caseworkers: ['Karen Poulsen', 'Thomas Madsen', 'Louise Andersen', 'Rasmus Bæk'],
    consultants: ['Søren Lund', 'Nadia Holm', 'Bo Winther'],
    offset: -0.04,
  },
};
/** The caseworker whose caseload is above the band (a signal in the monthly dialogue). */
export const BUSY_CASEWORKER = 'Peter Hansen';

export const COMPANIES: [string, string][] = [
  ['Netto Vestergade', '35954716'],
  ['Bygma Herning', '16314439'],
  ['Plejecenter Solgården', '29189846'],
  ['Dansk Cater', '25910273'],
  ['Vognmand Jørgensen', '31481577'],
  ['Føtex Storcenter', '35954724'],
  ['Rengøringsselskabet Glans', '38291045'],
  ['Kommunens Vej og Park', '29189757'],
  ['Bageriet Kornet', '41285530'],
  ['Lagerhotel Nord ApS', '37719862'],
  ['Møbelfabrikken Eg', '20451187'],
  ['Café Havnen', '39920314'],
];
export const JOB_GOALS = [
  'Lager og logistik',
  'Rengøring',
  'Butik',
  'Pleje og omsorg',
  'Køkken',
  'Transport',
  'Håndværk',
  'Kontor',
  'Grønne områder',
  'Produktion',
];
/** Next steps that fit where the citizen is: in activity, ready, close, or further away. */
export const NEXT_STEPS: Record<'I gang' | 'Klar' | 'Tæt på' | 'Længere fra', string[]> = {
  'I gang': [
    'Følge op på praktikken hver måned',
    'Aftale løntimer med virksomheden',
    'Forlænge eller afslutte forløbet',
    'Samtale om ordinære timer',
  ],
  Klar: [
    'Aftale praktik med virksomhedskonsulent',
    'Virksomhedsbesøg aftalt',
    'Samtale om løntilskud',
    'Jobsøgning sammen med VK',
  ],
  'Tæt på': [
    'Opdatere CV sammen med borgeren',
    'Mentor skal starte op',
    'Danskundervisning før praktik',
    'Afklare transport til arbejdspladsen',
  ],
  'Længere fra': [
    'Afklare helbred med egen læge',
    'Afventer lægeattest',
    'Rehabiliteringsmøde',
    'Samtale med misbrugskonsulent',
  ],
};
export const TARGET_MIX: [string, number][] = [
  ['Aktivitetsparat kontanthjælp', 0.55],
  ['Aktivitetsparat uddannelseshjælp', 0.2],
  ['Selvforsørgelses- og hjemrejseydelse', 0.1],
  ['Ressourceforløb', 0.08],
  ['Jobparat kontanthjælp', 0.05],
  ['Andet', 0.02],
];
export const START_MIX: [PlacementType, number][] = [
  ['Virksomhedspraktik', 0.5],
  ['Løntilskud', 0.25],
  ['Ordinære timer', 0.1],
  ['Job', 0.08],
  ['Uddannelse', 0.07],
];
export const INITIALS = 'ABCDEFGHIJKLMNOPRSTVØÅ';
