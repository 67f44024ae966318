// The columns of the optional table Medarbejdere as plain data, apart from contract.ts to keep that file one
// read (as historyTable.ts). It imports nothing from contract.ts (that would be a cycle); contract.ts types it
// as TypedTable<StaffMember>, which checks every column.
import { STAFF_ROLES } from '../domain/model';

export const MEDARBEJDERE_TABLE = {
  name: 'Medarbejdere',
  sheet: 'Medarbejdere',
  since: 2,
  description: 'Medarbejderne og deres teams; navne i Borgere og Forløb skal stå her, når tabellen findes.',
  columns: [
    { header: 'Navn', field: 'name', type: 'text', required: true, description: 'Navnet, som det skrives i sagerne.' },
    {
      header: 'Rolle',
      field: 'role',
      type: 'list',
      required: true,
      values: STAFF_ROLES,
      description: 'Sagsbehandler, Virksomhedskonsulent, Teamleder eller Projektleder.',
    },
    { header: 'Team', field: 'team', type: 'text', required: false, description: 'Medarbejderens team.' },
    { header: 'E-mail', field: 'email', type: 'text', required: false, description: 'Arbejdsmail.' },
  ],
} as const;
