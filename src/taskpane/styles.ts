// Styles every view shares (headings, rows of fields, stacked forms), as Fluent makeStyles with design
// tokens: the task pane's one styling approach. Sized for a 320-450 px task pane first.
import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** Page-level rules: no body margin, the pane is narrow (views must fit it themselves, nothing is clipped). */
export const usePageStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
});

export const useShared = makeStyles({
  h2: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  h3: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  h4: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  /** Fields side by side when there is room, each on its own line when not. */
  fieldRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    '& > *': { flex: '1 1 140px', minWidth: 0 },
  },
  /** A form: one column whose fields never grow wider than the pane. */
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS, maxWidth: '420px' },
  /** An input that fills its field instead of keeping the browser's 20-character width. */
  fill: { width: '100%', minWidth: 0, boxSizing: 'border-box', '& input': { minWidth: 0, width: '100%' } },
  /** Native selects with long options must shrink to the pane instead of widening it. */
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  list: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
  },
  plain: { margin: `${tokens.spacingVerticalXXS} 0` },
});
