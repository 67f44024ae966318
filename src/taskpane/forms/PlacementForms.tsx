// The quick forms that write Forløb: start a placement, end one (the form asks why), and register a
// follow-up on a virksomhedspraktik. Ending and following up first choose the citizen, then one of that
// citizen's placements running on the as-of date (type, company, start and planned end). Starting a second
// open placement of the same type offers to correct the open one instead.
import { registerFollowUp } from '../../app/dialogue';
import { correctRow } from '../../app/entryCorrect';
import { endPlacement, startPlacement } from '../../app/entry';
import { END_REASONS, PLACEMENT_TYPES, type Citizen } from '../../domain/model';
import { idKey } from '../../domain/rowRules';
import { parseDate } from '../../workbook/cells';
import { FORLØB, YES_NO } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import type { Correction } from './fieldSpec';
import { companyCvrs } from './picklists';
import {
  field,
  opts,
  useCitizenField,
  useOngoingPlacements,
  usePicklistField,
  type QuickFormProps,
} from './quickFields';

type Values = Record<string, string | null>;

/** The citizen a form over `pool` opens on: the current one when in the pool, else the pool's first. */
const inPool = (pool: Citizen[], current: Citizen | undefined) =>
  pool.find((c) => current && idKey(c.id) === idKey(current.id)) ?? pool[0];

/** Offers to correct an open placement of the same type instead of starting a second one. */
function usePlacementCorrection() {
  const { tx, port, caseload } = useApp();
  return (v: Values, start: (v: Values) => ReturnType<typeof startPlacement>): Correction | null => {
    const from = parseDate(v.Startdato);
    if (!v['Borger-ID'] || !from.ok) return null;
    const open = caseload.placements.find(
      (p) =>
        idKey(p.citizenId) === idKey(v['Borger-ID']!) &&
        p.type === v.Type &&
        (!p.endDate || p.endDate >= (from.value as string)),
    );
    if (!open) return null;
    const what = [
      open.type,
      open.company,
      tx.t('placementPeriod', {
        start: tx.date(open.startDate),
        end: open.endDate ? tx.date(open.endDate) : tx.t('openEnded'),
      }),
    ]
      .filter(Boolean)
      .join(', ');
    const { Startdato: _start, Type: _type, 'Borger-ID': _id, ...changes } = v;
    return {
      text: tx.t('placementOpen', { id: open.citizenId, what, row: open.row }),
      confirmLabel: tx.t('correctPlacement'),
      apply: () => correctRow(port, FORLØB, open.row, { 'Borger-ID': open.citizenId, Type: open.type }, changes),
      alternative: { label: tx.t('startAnyway'), run: () => start(v) },
    };
  };
}

export function StartPlacementForm(props: QuickFormProps) {
  const { caseworker, role, current } = props;
  const { tx, port, asOf, caseload } = useApp();
  const offer = usePlacementCorrection();
  const cvrs = companyCvrs(caseload);
  // A company picked from the list brings its CVR along when the rows agree on one.
  const start = (v: Values) =>
    startPlacement(port, { ...v, CVR: v.Virksomhed ? (cvrs.get(v.Virksomhed) ?? null) : null });
  return (
    <EntryForm
      focusTick={props.focusTick}
      title={tx.t('formStartPlacement')}
      fields={[
        useCitizenField(FORLØB, props),
        field(FORLØB, 'Type', { options: opts(PLACEMENT_TYPES) }),
        usePicklistField(FORLØB, 'Virksomhed', 'company'),
        field(FORLØB, 'Startdato', { initial: tx.date(asOf) }),
        field(FORLØB, 'Slutdato'),
        field(FORLØB, 'Timer pr. uge'),
        usePicklistField(FORLØB, 'Virksomhedskonsulent', 'consultant', {
          initial: role === 'Virksomhedskonsulent' ? caseworker : (current?.companyConsultant ?? ''),
        }),
        // Optional and last, so the keyboard path (Enter in Startdato saves) stays as short as before.
        field(FORLØB, 'Mål for forløbet'),
        field(FORLØB, 'Skriftlig aftale', { options: opts(YES_NO), initial: '' }),
      ]}
      submit={start}
      prepare={(v) => offer(v, start)}
      describe={(v) => `${tx.t('formStartPlacement')} ${v['Borger-ID']} (${v.Type})`}
    />
  );
}

export function EndPlacementForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  const { pool, of, option } = useOngoingPlacements(props);
  const citizen = inPool(pool, props.current);
  const rows = of(citizen?.id).map(option);
  const citizenField = useCitizenField(FORLØB, { ...props, current: citizen }, pool);
  if (pool.length === 0) return <p>{tx.t('noOpenPlacements')}</p>;
  return (
    <EntryForm
      focusTick={props.focusTick}
      title={tx.t('formEndPlacement')}
      fields={[
        citizenField,
        {
          name: 'Række',
          label: tx.t('placement'),
          required: true,
          radio: true,
          options: rows,
          initial: rows[0]?.value,
          sync: true,
        },
        field(FORLØB, 'Slutdato', { required: true, initial: tx.date(asOf) }),
        // The reason is required here (the contract keeps it optional for v1 workbooks); no default.
        field(FORLØB, 'Afslutningsårsag', {
          required: true,
          options: [{ value: '', label: '–' }, ...opts(END_REASONS)],
          initial: '',
        }),
      ]}
      submit={(v) => endPlacement(port, Number(v['Række']), v.Slutdato, v['Afslutningsårsag'])}
      describe={(v) => `${tx.t('formEndPlacement')} ${v['Borger-ID']} (${v.Slutdato}, ${v['Afslutningsårsag']})`}
    />
  );
}

export function FollowUpForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  const { pool, of, option } = useOngoingPlacements(props, (p) => p.type === 'Virksomhedspraktik');
  const citizen = inPool(pool, props.current);
  const rows = of(citizen?.id).map(option);
  const citizenField = useCitizenField(FORLØB, { ...props, current: citizen }, pool);
  if (pool.length === 0) return <p>{tx.t('noOpenPraktik')}</p>;
  return (
    <EntryForm
      focusTick={props.focusTick}
      title={tx.t('formFollowUp')}
      fields={[
        citizenField,
        {
          name: 'Række',
          label: tx.t('praktik'),
          required: true,
          radio: true,
          options: rows,
          initial: rows[0]?.value,
          sync: true,
        },
        field(FORLØB, 'Opfølgning', { required: true, initial: tx.date(asOf) }),
      ]}
      submit={(v) => {
        const row = Number(v['Række']);
        const p = of(citizen?.id).find((x) => x.row === row);
        return registerFollowUp(port, row, p?.citizenId ?? '', v['Opfølgning'], asOf);
      }}
      describe={(v) => `${tx.t('formFollowUp')} ${v['Borger-ID']} (${v['Opfølgning']})`}
    />
  );
}
