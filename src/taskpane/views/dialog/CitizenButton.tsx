// A citizen's ID as a button: choosing it fills the quick forms with the citizen's current values.
import React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../context';
import { chooseCitizen } from '../../status';

const useStyles = makeStyles({
  id: { padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold, verticalAlign: 'baseline' },
});

export function CitizenButton({ id, onChosen }: { id: string; onChosen?(): void }) {
  const { tx, announce } = useApp();
  const s = useStyles();
  return (
    <Button
      appearance="transparent"
      size="small"
      className={s.id}
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
