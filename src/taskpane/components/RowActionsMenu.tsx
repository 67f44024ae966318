// The menu of one citizen line's actions (RowActions), a chunk of its own: Fluent Menu with its popover
// positioning is loaded only when a user first opens a line's actions. It replaces the line's plain button:
// its own trigger takes the focus on mount, then the menu opens on its first item.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useApp } from '../context';
import { ACTIONS, openForm, useTriggerStyles, type RowActionsProps } from './rowActionItems';

export default function RowActionsMenu({ citizenId, onChosen, onAgreement, withForms = true }: RowActionsProps) {
  const { tx } = useApp();
  const s = useTriggerStyles();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => trigger.current?.focus(), []);
  // Opened after mounting, so the popover exists when Fluent moves focus to its first item.
  useEffect(() => setOpen(true), []);
  return (
    <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={trigger}
          size="small"
          appearance="subtle"
          className={s.trigger}
          aria-label={tx.t('rowActions', { id: citizenId })}
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(withForms ? ACTIONS : []).map((a) => (
            <MenuItem
              key={a.form}
              onClick={() => {
                onChosen?.();
                openForm(a.form, citizenId);
              }}
            >
              {tx.t(a.label)}
            </MenuItem>
          ))}
          {onAgreement && (
            <MenuItem
              onClick={() => {
                onChosen?.();
                onAgreement(citizenId);
              }}
            >
              {tx.t('actionAgreement')}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
