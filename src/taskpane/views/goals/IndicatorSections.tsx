// Mål og milepæle's indicators (issue 24): a section per indicator for the whole target group. Loaded lazily
// in its own chunk (GoalsView imports it with React.lazy), so the first view carries none of its weight.
import React from 'react';
import type { IndicatorResult } from '../../../domain/indicators/types';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { IndicatorSection } from './IndicatorSection';

export default function IndicatorSections({ results }: { results: readonly IndicatorResult[] }) {
  const { tx } = useApp();
  const shared = useShared();
  const whole = results.filter((r) => r.level === 'Alle');
  if (whole.length === 0) return null;
  return (
    <section aria-labelledby="indicators-title" data-testid="indicators">
      <h3 id="indicators-title" className={shared.h3}>
        {tx.t('indicatorsTitle')}
      </h3>
      <p className={shared.plain}>{tx.t('indicatorsIntro')}</p>
      {whole.map((r) => (
        <IndicatorSection key={r.goal.id} result={r} />
      ))}
    </section>
  );
}
