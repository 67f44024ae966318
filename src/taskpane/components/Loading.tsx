// "Indlæser …" while a part of the pane loads: a turning ring and its label, drawn here instead of with
// Fluent's Spinner, so the first view does not download the Spinner (bundle budget, issue 28).
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  ring: {
    flexShrink: 0,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '4s' },
  },
});

export function Loading({ label, size = 20 }: { label: string; size?: number }) {
  const s = useStyles();
  return (
    <div role="status" className={s.root}>
      <svg className={s.ring} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="8" fill="none" strokeWidth="2" stroke={tokens.colorBrandStroke2} />
        <path
          d="M10 2 a8 8 0 0 1 8 8"
          fill="none"
          strokeWidth="2"
          strokeLinecap="round"
          stroke={tokens.colorBrandStroke1}
        />
      </svg>
      {label}
    </div>
  );
}
