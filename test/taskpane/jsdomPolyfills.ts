// What jsdom lacks and the pane needs: TextEncoder (signal ids hash text) and ResizeObserver
// (Fluent's MessageBar and tabs measure with it). Imported first by the jsdom pane tests, which
// also get realistic waits here.
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.ResizeObserver ??= NoopResizeObserver;

// findBy*/waitFor wait 1 s by default: on a loaded 2-core machine a real render and analysis take
// longer than that, so the wait is realistic (a real hang still fails at jest's 60 s).
configure({ asyncUtilTimeout: 30000 });
