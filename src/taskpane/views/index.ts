// The task-pane view registry: every view with its tab label, in tab order, one entry per view. Adding a
// view touches this list and the view's own file (plus its tab label in the dictionaries). The first view
// loads up front; the others are separate chunks (bundle budget), so keep new views lazy.
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../../text/ui';
import CaseloadView from './CaseloadView';

interface PaneView {
  id: string;
  /** The dictionary key of the view's tab. */
  tab: MessageKey;
  /** Rendered inside FremdriftContext; reads what it needs with useApp(). */
  Component: ComponentType;
}

export const VIEWS = [
  { id: 'caseload', tab: 'tabCaseload', Component: CaseloadView },
  {
    id: 'dialog',
    tab: 'tabDialog',
    Component: lazy(() => import(/* webpackChunkName: "dialog-view" */ './DialogView')),
  },
  { id: 'goals', tab: 'tabGoals', Component: lazy(() => import(/* webpackChunkName: "goals-view" */ './GoalsView')) },
  {
    id: 'companies',
    tab: 'tabCompanies',
    Component: lazy(() => import(/* webpackChunkName: "companies-view" */ './CompaniesView')),
  },
  { id: 'import', tab: 'import', Component: lazy(() => import(/* webpackChunkName: "import" */ './ImportView')) },
] as const satisfies readonly PaneView[];

export type ViewId = (typeof VIEWS)[number]['id'];
