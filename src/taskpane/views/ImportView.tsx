// Importer: the import wizard as a view of the pane. After rows are written it re-measures (the port does
// not report our own writes) so every view shows the import, and announces what was added and changed.
import React from 'react';
import { useApp } from '../context';
import ImportWizard from '../import/ImportWizard';

export default function ImportView() {
  const { port, tx, reload, announce } = useApp();
  return (
    <ImportWizard
      port={port}
      locale={tx.locale}
      onImported={(r) => {
        void reload();
        announce(
          tx.t('imported', {
            table: r.table,
            added: tx.plural('rowsNew', r.added),
            updated: tx.plural('rowsChanged', r.updated),
          }),
        );
      }}
    />
  );
}
