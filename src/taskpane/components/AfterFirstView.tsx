// Renders its children only after the frame that shows the first view has been painted, so that first
// paint neither waits for nor fetches what sits below it (forms, lists, data quality): the user sees the
// view's heading and figures first, and this part follows a moment later in its own task.
import { useEffect, useState, type ReactNode } from 'react';

/** Resolves in a later task: lets the browser paint and handle input between two long steps. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the next frame has been painted (a frame, then a task), or after a task where there are no frames. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

export function AfterFirstView({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return <>{ready ? children : fallback}</>;
}
