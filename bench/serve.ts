// A server for the bench, in its own process so that the load generator and Playwright never share
// its event loop. Started by bench/child.ts as
//   node --import tsx bench/serve.ts app <distDir> <cases> [pagesDir]
//       the production server + simulator; with pagesDir, the bench's reference pages at /__bench/
//   node --import tsx bench/serve.ts simulator <cases>        a bare simulator (for autocannon)
// It prints one JSON line when it is ready and closes everything when its stdin ends.
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { buildServer } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { browserUrl } from '../server/main.ts';
import { startUpstream } from '../server/upstream.ts';
import { BENCH_PAGES_PREFIX } from './pages-build.ts';
import { DEFAULT_SEED, createSimulator } from '../server/simulator/app.ts';
import { FIRST_ID } from '../server/simulator/data/model.ts';
import { loadStore } from '../server/simulator/store.ts';

const args = z
  .union([
    z.tuple([z.literal('app'), z.string().min(1), z.coerce.number().int().positive()]),
    z.tuple([
      z.literal('app'),
      z.string().min(1),
      z.coerce.number().int().positive(),
      z.string().min(1),
    ]),
    z.tuple([z.literal('simulator'), z.coerce.number().int().positive()]),
  ])
  .parse(process.argv.slice(2));

/** Small deterministic generator, so every bench run sends the same mix. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Emails, customer ids and department names of existing cases, for the load mix. */
function sampleCriteria(cases: number): {
  emails: string[];
  customers: string[];
  departments: string[];
} {
  const { dataset } = loadStore(cases, DEFAULT_SEED);
  const random = lcg(42);
  const emails: string[] = [];
  const customers: string[] = [];
  while (emails.length < 500) {
    const record = dataset.cases[Math.floor(random() * dataset.cases.length)];
    if (record === undefined) continue;
    customers.push(String(record.customerId));
    const customer = dataset.customers[record.customerId - FIRST_ID];
    for (const person of customer?.contactPersons ?? []) {
      const point = person.contactPoints.find((p) => p.kind === 'email');
      if (point?.kind === 'email') {
        emails.push(point.emailAddress);
        break;
      }
    }
  }
  return { emails, customers, departments: dataset.departments.map((d) => d.name) };
}

let close: () => Promise<void>;
if (args[0] === 'app') {
  const [, distDir, cases, pagesDir] = args;
  // Only loopback, an ephemeral port, the embedded simulator and no test controls.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SIM_CASES: String(cases) });
  const upstream = await startUpstream(config);
  const app = await buildServer({ upstream: upstream.url, distDir, logRequests: false });
  if (pagesDir !== undefined) {
    // Same origin as the app (same session rules, same simulator), outside its dist/.
    await app.register(fastifyStatic, {
      root: pagesDir,
      prefix: BENCH_PAGES_PREFIX,
      decorateReply: false,
      preCompressed: false,
      cacheControl: false,
    });
  }
  await app.listen({ host: config.host, port: config.port });
  close = async () => {
    await app.close();
    await upstream.close();
  };
  process.stdout.write(
    `${JSON.stringify({ url: browserUrl(app.server.address(), config.host) })}\n`,
  );
} else {
  const [, cases] = args;
  const simulator = await createSimulator({ cases, seed: DEFAULT_SEED, testControls: false });
  await simulator.listen({ host: '127.0.0.1', port: 0 });
  const address = simulator.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  close = () => simulator.close();
  const url = `http://127.0.0.1:${address.port}`;
  process.stdout.write(`${JSON.stringify({ url, ...sampleCriteria(cases) })}\n`);
}

let closing = false;
const shutdown = (): void => {
  if (closing) return;
  closing = true;
  close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.on('SIGTERM', shutdown);
process.stdin.resume();
