// One key figure with a button that lists the citizens behind it.
import React from 'react';
import { Button } from '@fluentui/react-components';
import type { DrillQuery } from '../../domain/report';
import { useApp } from '../context';

export interface KpiProps {
  label: string;
  value: string;
  /** Smaller text under the value (milestone, gap). */
  note?: string;
  drill?: DrillQuery;
}

export function Kpi({ label, value, note, drill }: KpiProps) {
  const { tx, openDrill } = useApp();
  return (
    <div style={{ border: '1px solid #d1d1d1', borderRadius: 6, padding: '6px 10px', minWidth: 130, flex: '1 1 130px' }}>
      <div style={{ fontSize: 12, color: '#424242' }}>{label}</div>
      <div style={{ fontSize: 22, fontWeight: 600 }} data-kpi={label}>
        {value}
      </div>
      {note && <div style={{ fontSize: 12, color: '#424242' }}>{note}</div>}
      {drill && (
        <Button size="small" appearance="subtle" onClick={() => openDrill(drill, label)} aria-label={`${tx.t('showCitizens')}: ${label}`}>
          {tx.t('showCitizens')}
        </Button>
      )}
    </div>
  );
}

export function KpiRow({ children }: { children: React.ReactNode }) {
  return <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>{children}</div>;
}
