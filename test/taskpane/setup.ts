// jsdom lacks some browser APIs Fluent UI and the task pane use; imported first by every task pane test.
import { TextDecoder, TextEncoder } from 'util';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { TextDecoder, TextEncoder });
if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: NoResizeObserver });
if (!window.matchMedia) {
  Object.assign(window, {
    matchMedia: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }),
  });
}

// The machine is shared; first renders load lazy chunks and measure, so allow for a slow moment: every
// findBy*/waitFor may wait up to 20 s (they return as soon as the element is there, so a passing test is
// no slower), and a test up to 60 s. Under load a 5 s wait once failed quickForms' first findByRole.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);
