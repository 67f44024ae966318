// `byCompany` of the JSON report (issue 23): the per-company counts leave the workbook here, so person
// counts of 1 or 2 are suppressed by the export's rule (src/export/suppress.ts isSmallCount) and no
// Borger-ID or Forløb row goes along. Why its own file: the privacy step is tested on its own.
import { END_REASON_KEYS, type CompanyStats, type EndReasonKey } from '../domain/companies';
import { isSmallCount } from '../export/suppress';

/** A count, or null when suppressed (1 or 2). */
type Count = number | null;

export interface JsonCompany {
  cvr: string | null;
  name: string;
  names: string[];
  consultants: string[];
  ongoing: Count;
  starts: Count;
  ends: Count;
  endsByReason: Record<EndReasonKey, Count>;
  converted: Count;
  /** True when any count of the company was suppressed (null). */
  suppressed: boolean;
}

/**
 * The company's counts with small ones suppressed. When exactly one end reason is suppressed and the ends
 * are shown, the smallest other shown reason is suppressed too, so the hidden one cannot be had by
 * subtraction from `ends`.
 */
export function jsonCompany(c: CompanyStats): JsonCompany {
  let suppressed = false;
  const count = (v: number): Count => {
    if (!isSmallCount(v)) return v;
    suppressed = true;
    return null;
  };
  const endsByReason = Object.fromEntries(END_REASON_KEYS.map((k) => [k, count(c.endsByReason[k])])) as Record<
    EndReasonKey,
    Count
  >;
  const hidden = END_REASON_KEYS.filter((k) => endsByReason[k] === null);
  if (hidden.length === 1 && !isSmallCount(c.ends)) {
    let smallest: EndReasonKey | null = null;
    for (const k of END_REASON_KEYS) {
      const v = endsByReason[k];
      if (v !== null && v > 0 && (smallest === null || v < (endsByReason[smallest] as number))) smallest = k;
    }
    if (smallest !== null) endsByReason[smallest] = null;
  }
  return {
    cvr: c.cvr,
    name: c.name,
    names: [...c.names],
    consultants: [...c.consultants],
    ongoing: count(c.ongoing),
    starts: count(c.starts),
    ends: count(c.ends),
    endsByReason,
    converted: count(c.converted),
    suppressed,
  };
}
