// A view of the task pane: a section named by its level-2 heading (screen readers list the views by it).
import React from 'react';
import { useShared } from '../styles';

export function ViewSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const shared = useShared();
  const headingId = `view-${id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}
