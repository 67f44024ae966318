// A data table for a narrow task pane: it scrolls sideways inside its own focusable region (never the
// page), and its first column (the row's name) stays put while the rest scrolls.
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  scroller: {
    maxWidth: '100%',
    overflowX: 'auto',
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: 'left',
      verticalAlign: 'top',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& thead th': {
      borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
      verticalAlign: 'bottom',
    },
    '& tbody th': { fontWeight: tokens.fontWeightRegular },
    '& tr > :first-child': { position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
    '& caption': { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  },
});

export interface ScrollTableProps {
  /** Names the scroll region for screen readers (usually the heading above the table). */
  label: string;
  testId?: string;
  caption?: string;
  children: React.ReactNode;
}

export function ScrollTable({ label, testId, caption, children }: ScrollTableProps) {
  const s = useStyles();
  return (
    // A scroll region must be reachable by keyboard (axe: scrollable-region-focusable).
    <div className={s.scroller} role="region" aria-label={label} tabIndex={0}>
      <table className={s.table} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
