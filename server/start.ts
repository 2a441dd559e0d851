// `npm start`: the production server on HOST:PORT (see docs/architecture.md, "Runtime").
// `--prebuilt` serves dist/ as it is, without the staleness check and build: for a second server
// started next to one that builds (the end-to-end tests' unreachable-eGain server), so that two
// builds never write dist/ at once.
import { join } from 'node:path';
import { loadConfigOrExit } from './config.ts';
import { PROJECT_ROOT, startServer } from './main.ts';

const config = loadConfigOrExit();
const prebuilt = process.argv.includes('--prebuilt');

let server;
try {
  server = await startServer(config, prebuilt ? { distDir: join(PROJECT_ROOT, 'dist') } : {});
} catch (error) {
  process.stderr.write(
    `Could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const running = server;

const { simulator } = running.upstream;
const banner = [
  `Case search is running at ${running.url}`,
  simulator
    ? `  eGain: embedded simulator (${simulator.cases} cases, ${simulator.shape} shapes)`
    : `  eGain: ${config.egainUrl ?? running.upstream.url.href}`,
  ...(simulator
    ? [`  Sign in as ${simulator.credentials.userName} / ${simulator.credentials.password}`]
    : []),
  `  Test controls: ${simulator?.testControls ? 'on (/system/ws/__sim/)' : 'off'}`,
  '  Ctrl+C stops the server.',
];
process.stdout.write(`${banner.join('\n')}\n`);

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) {
    // A second Ctrl+C does not wait for slow requests.
    process.exit(1);
  }
  stopping = true;
  process.stdout.write(`${signal}: stopping...\n`);
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
