// What jsdom lacks and the pane needs: TextEncoder (signal ids hash text) and ResizeObserver
// (Fluent's MessageBar and tabs measure with it). Imported first by the jsdom pane tests.
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
