// Datakvalitet in the pane: the data issues of the chosen person's caseload (plus rows that belong to
// nobody), each naming table, row and column, what is wrong, what Fremdrift did about it ("tælles ikke
// med") and a "Gå til rækken" button. Many issues sit behind a count button (aria-expanded), so the
// section never pushes the rest of the view away. Exported for Min sagsstamme and the team leader's dialogue.
import React, { Suspense, lazy, useId, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DataIssue } from '../../domain/issues';
import type { CaseloadRole } from '../../domain/report';
import { consequenceText, findingText } from '../../text/issues';
import { useApp } from '../context';
import { useShared } from '../styles';
import { useDataQuality } from './useDataQuality';

const DataQualityRow = lazy(() => import(/* webpackChunkName: "drill" */ './DataQualityRow'));

/** Up to this many issues are listed at once; more start collapsed behind their count. */
const OPEN_UP_TO = 3;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2,
    paddingInlineStart: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  place: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  line: { display: 'block' },
  consequence: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface DataQualityProps {
  /** The chosen person (a sagsbehandler, or a virksomhedskonsulent when `role` says so). */
  person: string;
  role: CaseloadRole;
  /** Citizens of the person's caseload as the view counts them (e.g. the month's gross group). */
  citizenIds: ReadonlySet<string>;
}

export function DataQuality({ person, role, citizenIds }: DataQualityProps) {
  const { tx } = useApp();
  const shared = useShared();
  const dq = useDataQuality(person, role, citizenIds);
  const n = dq.issues.length;
  const [open, setOpen] = useState<boolean | null>(null);
  const expanded = open ?? n <= OPEN_UP_TO;
  const headingId = useId();
  const listId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="data-quality">
      <h3 id={headingId} className={shared.h3}>
        {tx.t('dataQualityTitle')}
      </h3>
      {n === 0 ? (
        <p className={shared.plain}>{tx.t('dataQualityNone')}</p>
      ) : (
        <>
          <Button
            appearance="subtle"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setOpen(!expanded)}
          >
            {`${expanded ? '▾' : '▸'} ${tx.plural('dataQualityCount', n)}`}
          </Button>
          <div id={listId} hidden={!expanded}>
            <p className={shared.plain}>{tx.t('dataQualityIntro')}</p>
            <IssueList issues={dq.issues} placeOf={dq.placeOf} onGoTo={(i) => void dq.goTo(i)} />
          </div>
        </>
      )}
      {dq.shown && (
        <Suspense fallback={null}>
          <DataQualityRow shown={dq.shown} title={dq.placeOf(dq.shown.issue)} onClose={dq.closeShown} />
        </Suspense>
      )}
    </section>
  );
}

function IssueList(props: { issues: DataIssue[]; placeOf(i: DataIssue): string; onGoTo(i: DataIssue): void }) {
  const { tx } = useApp();
  const s = useStyles();
  return (
    <ul className={s.list} data-testid="data-quality-list">
      {props.issues.map((issue, k) => {
        const place = props.placeOf(issue);
        const then = consequenceText(issue.consequence, tx.locale);
        return (
          <li key={k} className={issue.severity === 'error' ? `${s.item} ${s.error}` : s.item}>
            <span className={s.place}>
              {place} ({tx.t(issue.severity === 'error' ? 'issueError' : 'issueWarning')})
            </span>
            <span className={s.line}>{findingText(issue.code, issue.params, tx.locale)}</span>
            {then && <span className={s.consequence}>{then}</span>}
            {issue.row > 0 && (
              <Button size="small" aria-label={tx.t('goToRowLabel', { place })} onClick={() => props.onGoTo(issue)}>
                {tx.t('goToRow')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
