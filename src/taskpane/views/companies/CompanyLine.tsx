// One company in the Virksomheder list: its name as a disclosure button (aria-expanded), the figures
// under it, and, opened, the ends by Afslutningsårsag and its placements (Borger-ID, type, period, end
// reason; an ongoing one without goal or agreement is marked when the workbook has those columns).
import React, { useId, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { END_REASON_KEYS, type CompanyStats } from '../../../domain/companies';
import type { Placement } from '../../../domain/model';
import { useApp } from '../../context';
import { useShared } from '../../styles';

const useStyles = makeStyles({
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  toggle: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { flexShrink: 0, width: '1em' },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  figures: { margin: 0, paddingInlineStart: '1.25em' },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Latest start first; the same start in table order. */
const latestFirst = (list: readonly Placement[]) =>
  [...list].sort((x, y) => (x.startDate === y.startDate ? x.row - y.row : x.startDate < y.startDate ? 1 : -1));

export function CompanyLine({
  company,
  placements,
  markMissing,
}: {
  company: CompanyStats;
  /** The company's Forløb rows (shown latest start first). */
  placements: readonly Placement[];
  /** The workbook has Mål for forløbet or Skriftlig aftale, so a missing one means something. */
  markMissing: boolean;
}) {
  const { tx, asOf } = useApp();
  const shared = useShared();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const c = company;
  const converted = new Set(c.convertedRows);
  const reasons = END_REASON_KEYS.filter((k) => c.endsByReason[k] > 0)
    .map((k) => `${k} ${tx.number(c.endsByReason[k])}`)
    .join(', ');
  return (
    <li className={s.item} data-company={c.key}>
      <button
        type="button"
        className={s.toggle}
        aria-expanded={open}
        aria-controls={`${id}-c`}
        onClick={() => setOpen(!open)}
      >
        <span className={s.icon} aria-hidden>
          {open ? '▾' : '▸'}
        </span>
        <span>
          {c.name}
          {c.cvr && <span className={s.muted}> · CVR {c.cvr}</span>}
        </span>
      </button>
      <p className={s.figures}>
        {tx.t('companyFigures', {
          ongoing: tx.number(c.ongoing),
          starts: tx.number(c.starts),
          ends: tx.number(c.ends),
          converted: tx.number(c.converted),
        })}
      </p>
      <div id={`${id}-c`} hidden={!open} className={s.figures}>
        {open && (
          <>
            {c.names.length > 1 && (
              <p className={shared.plain}>
                {tx.t('companyAlsoNamed', { names: c.names.filter((n) => n !== c.name).join(', ') })}
              </p>
            )}
            {reasons && <p className={shared.plain}>{tx.t('companyEndsBy', { reasons })}</p>}
            {c.consultants.length > 0 && (
              <p className={shared.plain}>{tx.t('companyConsultants', { names: c.consultants.join(', ') })}</p>
            )}
            <ul className={shared.list} aria-label={tx.t('companyPlacements', { name: c.name })}>
              {latestFirst(placements).map((p) => {
                const ongoing = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
                const missing = markMissing && ongoing && !(p.goalText ?? '').trim() && p.writtenAgreement !== true;
                return (
                  <li key={p.row}>
                    {p.citizenId}: {p.type},{' '}
                    {tx.t('placementPeriod', {
                      start: tx.date(p.startDate),
                      end: p.endDate ? tx.date(p.endDate) : tx.t('openEnded'),
                    })}
                    {p.endReason && p.endDate && p.endDate <= asOf ? ` · ${p.endReason}` : ''}
                    {converted.has(p.row) && ` · ${tx.t('companyConverted')}`}
                    {missing && <span className={s.warn}> · {tx.t('companyWithoutAgreement')}</span>}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
