// Chooses where /system/ws goes: the eGain server named by EGAIN_URL, or the embedded simulator.
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';

export interface SimulatorInfo {
  cases: number;
  shape: 'contract' | 'ece';
  testControls: boolean;
  credentials: { userName: string; password: string };
}

export interface Upstream {
  /** Base URL up to and including the context root, e.g. http://127.0.0.1:41234/system. */
  url: URL;
  /** Set when the embedded simulator answers. */
  simulator: SimulatorInfo | undefined;
  close: () => Promise<void>;
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string')
    throw new Error('The simulator is not listening on a TCP port');
  return address.port;
}

export async function startUpstream(config: Config): Promise<Upstream> {
  if (config.egainUrl !== undefined) {
    return { url: new URL(config.egainUrl), simulator: undefined, close: async () => {} };
  }
  // Loaded only when needed: a deployment in front of a real eGain server never runs simulator code.
  const { createSimulator, DEMO_CREDENTIALS } = await import('./simulator/app.ts');
  const simulator = await createSimulator({
    cases: config.sim.cases,
    seed: config.sim.seed,
    idleTimeoutMs: Math.round(config.sim.idleTimeoutMinutes * 60_000),
    testControls: config.sim.testControls,
    shape: config.sim.shape,
    logger: false,
  });
  try {
    await simulator.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await simulator.close();
    throw error;
  }
  const port = portOf(simulator.server.address());
  return {
    url: new URL(`http://127.0.0.1:${port}/system`),
    simulator: {
      cases: config.sim.cases,
      shape: config.sim.shape,
      testControls: config.sim.testControls,
      credentials: { userName: DEMO_CREDENTIALS.userName, password: DEMO_CREDENTIALS.password },
    },
    close: async () => {
      await simulator.close();
    },
  };
}
