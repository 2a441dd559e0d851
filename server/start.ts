// `npm start`: the production server on HOST:PORT (see docs/architecture.md, "Runtime").
import { loadConfigOrExit } from './config.ts';
import { startServer } from './main.ts';

const config = loadConfigOrExit();

let server;
try {
  server = await startServer(config);
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
    ? `  eGain: embedded simulator (${simulator.cases} cases)`
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
