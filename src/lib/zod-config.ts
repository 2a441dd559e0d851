// Imported first by src/app/app.tsx, before any schema exists. zod 4 compiles object parsers with
// `new Function` when it may, and probes for that when the first object schema is built; our CSP
// (script-src 'self', no 'unsafe-eval') blocks it, and Chromium reports a CSP violation even though
// zod catches the error. Parsing without the compiled fast path is quick enough for a page of cases.
import { config } from 'zod/mini';

config({ jitless: true });
