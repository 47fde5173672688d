import { config } from 'zod/mini';

// zod compiles fast object parsers with `new Function`, which the pane's Content Security Policy
// (no 'unsafe-eval') refuses: the browser logs that refusal as an error. Settings are small, so
// the interpreted parser costs nothing noticeable. Imported first by every browser entry.
config({ jitless: true });
