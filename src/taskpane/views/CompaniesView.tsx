// Virksomheder (issue 23): the company side for virksomhedskonsulenter — every company with a praktik or
// løntilskud ongoing, started or ended in the last 12 months (src/domain/companies.ts), filtered by VK and
// sorted by a figure or the name; each line opens to the company's placements. Its own module, so the
// view registry can load it lazily.
import React, { useMemo, useState } from 'react';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { companyWindow } from '../../domain/companies';
import type { Placement } from '../../domain/model';
import { ViewSection } from '../components/ViewSection';
import { Loading } from '../components/Loading';
import { useApp } from '../context';
import { usePerson, useRole } from '../status';
import { useShared } from '../styles';
import type { MessageKey } from '../../text/ui';
import { CompanyLine } from './companies/CompanyLine';
import { COMPANY_SORTS, companyConsultants, sortCompanies, type CompanySort } from './companies/sortCompanies';

const SORT_LABELS: Record<CompanySort, MessageKey> = {
  ongoing: 'companiesSortOngoing',
  starts: 'companiesSortStarts',
  ends: 'companiesSortEnds',
  converted: 'companiesSortConverted',
  name: 'companiesSortName',
};

const useStyles = makeStyles({ companies: { listStyle: 'none', margin: 0, padding: 0 } });

/** The view waits for the company overview (computed just after the first view, engine/extras.ts). */
export default function CompaniesView() {
  const { tx, measurement } = useApp();
  if (measurement.partial)
    return (
      <ViewSection id="companies" title={tx.t('tabCompanies')}>
        <Loading label={tx.t('loading')} />
      </ViewSection>
    );
  return <Companies />;
}

function Companies() {
  const { tx, measurement, caseload, asOf } = useApp();
  const shared = useShared();
  const s = useStyles();
  const companies = measurement.report.byCompany;
  const consultants = useMemo(() => companyConsultants(companies), [companies]);
  // A VK opens on their own companies (the person chosen in the other views); everyone else on all.
  const [role] = useRole();
  const [chosenVk] = usePerson('Virksomhedskonsulent', consultants);
  const [consultant, setConsultant] = useState(role === 'Virksomhedskonsulent' ? chosenVk : '');
  const [sort, setSort] = useState<CompanySort>('ongoing');
  const rows = useMemo(() => new Map<number, Placement>(caseload.placements.map((p) => [p.row, p])), [caseload]);
  const shown = sortCompanies(companies, sort, consultants.includes(consultant) ? consultant : '');

  return (
    <ViewSection id="companies" title={tx.t('tabCompanies')}>
      <p className={shared.plain}>
        {tx.t('companiesIntro', { date: tx.date(asOf), from: tx.month(companyWindow(asOf).from.slice(0, 7)) })}
      </p>
      <div className={shared.fieldRow}>
        <Field label={tx.t('companiesConsultant')}>
          <Select className={shared.select} value={consultant} onChange={(_, d) => setConsultant(d.value)}>
            <option value="">{tx.t('all')}</option>
            {consultants.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tx.t('companiesSort')}>
          <Select className={shared.select} value={sort} onChange={(_, d) => setSort(d.value as CompanySort)}>
            {COMPANY_SORTS.map((k) => (
              <option key={k} value={k}>
                {tx.t(SORT_LABELS[k])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className={shared.plain} role="status">
        {tx.plural('companiesCount', shown.length)}
      </p>
      {shown.length === 0 ? (
        <p className={shared.plain}>{tx.t('noCompanies')}</p>
      ) : (
        <ul className={s.companies} data-testid="companies">
          {shown.map((c) => (
            <CompanyLine
              key={c.key}
              company={c}
              placements={c.placementRows.map((r) => rows.get(r)).filter((p): p is Placement => p !== undefined)}
              markMissing={caseload.placementAgreementColumns === true}
            />
          ))}
        </ul>
      )}
    </ViewSection>
  );
}
