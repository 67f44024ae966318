// The `borgere` table of the citizen-level export: one row per citizen in the gross group per measured month,
// with whether the engine counted the citizen as active and as visited. The Borger-ID never leaves: each
// row carries a keyed pseudonym made by the caller (HMAC-SHA256 in the Node part), so the same citizen gets
// the same pseudonym in every export made with the same key, and nobody without the key can go back.
import type { Caseload } from '../domain/model';
import type { Measurement } from '../domain/report';
import type { ExportIdentity } from './monthsTable';
import type { ExportRow } from './schema';

/** Turns a Borger-ID into its pseudonym; never returns the ID itself. */
export type Pseudonymize = (citizenId: string) => string;

export function citizenRows(
  measurement: Measurement,
  caseload: Caseload,
  id: ExportIdentity,
  pseudonymize: Pseudonymize,
): ExportRow[] {
  const byId = new Map(caseload.citizens.map((c) => [c.id, c]));
  // One HMAC per citizen, not per citizen and month.
  const pseudonyms = new Map<string, string>();
  const pseudonymOf = (citizenId: string) => {
    let p = pseudonyms.get(citizenId);
    if (p === undefined) pseudonyms.set(citizenId, (p = pseudonymize(citizenId)));
    return p;
  };
  const rows: ExportRow[] = [];
  for (const { month } of measurement.report.months) {
    const scope = { kind: 'all' } as const;
    const active = new Set(measurement.drill({ scope, month, measure: 'active' }));
    const visited = new Set(measurement.drill({ scope, month, measure: 'visited' }));
    for (const citizenId of measurement.drill({ scope, month, measure: 'gross' })) {
      const citizen = byId.get(citizenId);
      rows.push({
        ...id,
        pseudonym: pseudonymOf(citizenId),
        team: citizen?.team ?? null,
        sagsbehandler: citizen?.caseworker ?? null,
        maaned: month,
        i_indsats: active.has(citizenId),
        visiteret: visited.has(citizenId),
      });
    }
  }
  return rows;
}
