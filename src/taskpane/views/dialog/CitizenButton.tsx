// A citizen's ID as a button: choosing it fills the quick forms with the citizen's current values.
import React from 'react';
import { Button } from '@fluentui/react-components';
import { useApp } from '../../context';
import { chooseCitizen } from '../../status';

export function CitizenButton({ id, onChosen }: { id: string; onChosen?(): void }) {
  const { tx, announce } = useApp();
  return (
    <Button
      appearance="transparent"
      size="small"
      style={{ padding: 0, minWidth: 0, fontWeight: 600, verticalAlign: 'baseline' }}
      aria-label={tx.t('chooseCitizen', { id })}
      onClick={() => {
        chooseCitizen(id);
        announce(tx.t('citizenChosen', { id }));
        onChosen?.();
      }}
    >
      {id}
    </Button>
  );
}
