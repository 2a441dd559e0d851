// `npm run dev`: Vite with HMR on PORT (default 5173); /system/ws goes through the production forwarder.
import { join } from 'node:path';
import { createServer } from 'vite';
import { APP_CONFIG_PATH, buildServer } from './app.ts';
import { loadConfigOrExit } from './config.ts';
import { PROJECT_ROOT, browserUrl, egainServerName } from './main.ts';
import { startUpstream } from './upstream.ts';

const config = loadConfigOrExit(process.env, { defaultPort: 5173 });

const upstream = await startUpstream(config);
// The same forwarding code as `npm start`, without dist/: Vite serves the app.
const forwarder = await buildServer({
  upstream: upstream.url,
  upstreamLimits: config.guard.upstream,
  signInLimits: config.guard.signIn,
  allowedHosts: config.guard.allowedHosts,
  egainServer: egainServerName(upstream),
});
await forwarder.listen({ host: '127.0.0.1', port: 0 });
const forwarderUrl = browserUrl(forwarder.server.address(), '127.0.0.1').replace(/\/$/, '');

const vite = await createServer({
  root: PROJECT_ROOT,
  configFile: join(PROJECT_ROOT, 'vite.config.ts'),
  server: {
    host: config.host,
    port: config.port,
    strictPort: true,
    proxy: {
      '/system/ws': { target: forwarderUrl, changeOrigin: false },
      [APP_CONFIG_PATH]: { target: forwarderUrl, changeOrigin: false },
    },
  },
});
await vite.listen();
vite.printUrls();

const { simulator } = upstream;
const lines = simulator
  ? [
      `  eGain: embedded simulator (${simulator.cases} cases), sign in as ${simulator.credentials.userName} / ${simulator.credentials.password}`,
      `  Test controls: ${simulator.testControls ? 'on (/system/ws/__sim/)' : 'off'}`,
    ]
  : [`  eGain: ${upstream.url.href}`];
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
function shutdown(): void {
  if (stopping) process.exit(1);
  stopping = true;
  Promise.allSettled([vite.close(), forwarder.close()])
    .then(() => upstream.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
