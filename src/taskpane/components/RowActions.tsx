// The actions on one citizen line (caseload list, drill lists, signals, dialogue groups): Start forløb,
// Timer, Opfølgning, Afslut and, where the view has one, Aftale. Choosing an action chooses the citizen and
// opens that quick form pre-filled, scrolled into view and focused. One compact menu button per line, so
// a 350 px pane keeps its lines short. The menu itself (Fluent Menu and its positioning) is a separate chunk
// (RowActionsMenu) loaded when a line's button is first pressed: a view with many lines renders a plain button
// per line, and the first view does not download the menu (bundle budget, issue 28).
import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { useApp } from '../context';
import { useTriggerStyles, type RowActionsProps } from './rowActionItems';

export { useFormRequests, type RowActionsProps } from './rowActionItems';

const loadMenu = () => import(/* webpackChunkName: "row-actions" */ './RowActionsMenu');
const RowActionsMenu = lazy(loadMenu);

/** The line's button while the menu chunk loads: it takes the focus the pressed button had (it replaces it). */
function LoadingTrigger({ label }: { label: string }) {
  const s = useTriggerStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <Button ref={ref} size="small" appearance="subtle" className={s.trigger} aria-label={label} aria-haspopup="menu">
      ⋯
    </Button>
  );
}

export function RowActions(props: RowActionsProps) {
  const { tx } = useApp();
  const s = useTriggerStyles();
  const label = tx.t('rowActions', { id: props.citizenId });
  // The line's menu is mounted when first asked for and then stays (it opens on mount, and closing it
  // returns focus to its own trigger). Until then a plain button stands in, with the same name and look.
  const [wanted, setWanted] = useState(false);
  if (!wanted)
    return (
      <Button
        size="small"
        appearance="subtle"
        className={s.trigger}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        onPointerEnter={() => void loadMenu()}
        onClick={() => setWanted(true)}
      >
        ⋯
      </Button>
    );
  return (
    <Suspense fallback={<LoadingTrigger label={label} />}>
      <RowActionsMenu {...props} />
    </Suspense>
  );
}
