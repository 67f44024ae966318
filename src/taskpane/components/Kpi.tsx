// One key figure with a button that lists the citizens behind it, and the row that wraps them two
// or more abreast as the pane allows.
import React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DrillQuery } from '../../domain/report';
import { useApp } from '../context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: '120px',
    flex: '1 1 120px',
    boxSizing: 'border-box',
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface KpiProps {
  label: string;
  value: string;
  /** Smaller text under the value (milestone, gap). */
  note?: string;
  drill?: DrillQuery;
}

export function Kpi({ label, value, note, drill }: KpiProps) {
  const { tx, openDrill } = useApp();
  const s = useStyles();
  return (
    <div className={s.card}>
      <div className={s.label}>{label}</div>
      <div className={s.value} data-kpi={label}>
        {value}
      </div>
      {note && <div className={s.note}>{note}</div>}
      {drill && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => openDrill(drill, label)}
          aria-label={`${tx.t('showCitizens')}: ${label}`}
        >
          {tx.t('showCitizens')}
        </Button>
      )}
    </div>
  );
}

export function KpiRow({ children }: { children: React.ReactNode }) {
  return <div className={useStyles().row}>{children}</div>;
}
