// A collapsible section of the dialogue (the WAI-ARIA disclosure pattern): a heading holding a native
// button with aria-expanded and aria-controls, so Enter and Space open and close it and screen readers
// list the sections by their headings. Closed content is not rendered, so the meeting page stays short.
import React, { useId, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useShared } from '../../styles';

const useStyles = makeStyles({
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { flexShrink: 0, width: '1em' },
});

export function Disclosure({
  title,
  defaultOpen = true,
  testId,
  children,
}: {
  title: string;
  defaultOpen?: boolean;
  testId?: string;
  children: React.ReactNode;
}) {
  const shared = useShared();
  const s = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} data-testid={testId}>
      <h3 className={shared.h3} id={`${id}-h`}>
        <button
          type="button"
          className={s.toggle}
          aria-expanded={open}
          aria-controls={`${id}-c`}
          onClick={() => setOpen(!open)}
        >
          <span className={s.icon} aria-hidden>
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </h3>
      <div id={`${id}-c`} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
