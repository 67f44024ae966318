// The preview banner at the top of the pane ("demodata i hukommelsen"): a warning strip in Fluent's
// warning colours, drawn here instead of with Fluent's MessageBar so the first view does not download
// MessageBar and its motion (bundle budget, issue 28).
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** One side of the border (Griffel takes longhands only). */
const side = (s: 'Top' | 'Right' | 'Bottom' | 'Left') => ({
  [`border${s}Width`]: tokens.strokeWidthThin,
  [`border${s}Style`]: 'solid',
  [`border${s}Color`]: tokens.colorStatusWarningBorder1,
});

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '36px',
    boxSizing: 'border-box',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    ...side('Top'),
    ...side('Right'),
    ...side('Bottom'),
    ...side('Left'),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  icon: { color: tokens.colorStatusWarningForeground3, flexShrink: 0, fontSize: '16px' },
});

export function WarningBanner({ children }: { children: ReactNode }) {
  const s = useStyles();
  return (
    <div role="note" className={s.banner}>
      <span aria-hidden="true" className={s.icon}>
        ⚠
      </span>
      <span>{children}</span>
    </div>
  );
}
