// Mål og milepæle opens with what the grant depends on: the status against the goal, how many citizens
// are missing, the streak, the earliest month the rule can be met against the deadline, and the tranche
// amount at stake. The same lines as the Overblik sheet and the CLI summary (src/text/headline).
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../../../domain/report';
import { headline } from '../../../text';
import { useApp } from '../../context';

const useStyles = makeStyles({
  block: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  row: { margin: `${tokens.spacingVerticalXXS} 0` },
  term: { display: 'inline', fontWeight: tokens.fontWeightSemibold },
  value: { display: 'inline', margin: 0 },
});

export function Headline({ report }: { report: Report }) {
  const { tx } = useApp();
  const styles = useStyles();
  return (
    <dl data-testid="headline" className={styles.block}>
      {headline(report, tx.locale).map((h) => (
        <div key={h.label} className={styles.row}>
          <dt className={styles.term}>{h.label}: </dt>
          <dd className={styles.value}>{h.value}</dd>
        </div>
      ))}
    </dl>
  );
}
