// The task pane's view tabs, made to fit a 320-450 px pane: the tab list wraps onto a second row
// instead of pushing tabs off-screen, so every view stays one click (or arrow key) away.
// (A Fluent Overflow "Flere" menu was tried: Menu and its positioning cost 30 KB gzip and took the
// first view over the 168,909 B budget; wrapping costs nothing.)
import React from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';

export interface ViewTab<V extends string> {
  value: V;
  label: string;
}

const useStyles = makeStyles({
  list: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: '100%' },
  tab: { flexShrink: 1, minWidth: 0 },
});

export function ViewNav<V extends string>({
  tabs,
  value,
  onChange,
  label,
}: {
  tabs: ViewTab<V>[];
  value: V;
  onChange(v: V): void;
  label: string;
}) {
  const s = useStyles();
  return (
    <TabList
      className={s.list}
      size="small"
      selectedValue={value}
      onTabSelect={(_, d) => onChange(d.value as V)}
      aria-label={label}
    >
      {tabs.map((t) => (
        <Tab key={t.value} value={t.value} className={s.tab}>
          {t.label}
        </Tab>
      ))}
    </TabList>
  );
}
