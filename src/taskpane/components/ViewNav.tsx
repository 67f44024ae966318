// The task pane's view tabs. At 320-450 px the four tabs do not fit in one row: the tabs that do not fit
// move into a "Flere" menu at the end of the tab list (Fluent Overflow), and the chosen view always
// stays visible as a tab.
import React from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';

export interface ViewTab<V extends string> {
  value: V;
  label: string;
}

const useStyles = makeStyles({
  list: { minWidth: 0, maxWidth: '100%' },
});

function HiddenTabItem<V extends string>({ tab, onSelect }: { tab: ViewTab<V>; onSelect(v: V): void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.value)}>{tab.label}</MenuItem>;
}

function MoreMenu<V extends string>({ tabs, label, onSelect }: { tabs: ViewTab<V>[]; label: string; onSelect(v: V): void }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* Inside a tablist every child must be a tab (ARIA); this one opens the menu of the rest. */}
        <Button ref={ref} appearance="transparent" role="tab" aria-haspopup="menu">
          {label} ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <HiddenTabItem key={t.value} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ViewNav<V extends string>({ tabs, value, onChange, label, moreLabel }: { tabs: ViewTab<V>[]; value: V; onChange(v: V): void; label: string; moreLabel: string }) {
  const s = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList className={s.list} selectedValue={value} onTabSelect={(_, d) => onChange(d.value as V)} aria-label={label}>
        {tabs.map((t) => (
          // The chosen view has the higher priority, so it is the last to move into the menu.
          <OverflowItem key={t.value} id={t.value} priority={t.value === value ? 2 : 1}>
            <Tab value={t.value}>{t.label}</Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} label={moreLabel} onSelect={onChange} />
      </TabList>
    </Overflow>
  );
}
