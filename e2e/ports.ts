// Ports of the servers playwright.config.ts starts; E2E_PORT lets several people run the suite at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The second production server, whose EGAIN_URL points at a closed port. */
export const UNREACHABLE_EGAIN_PORT = E2E_PORT + 50;

/** A loopback port nobody listens on (discard): connections to it are refused at once. */
export const CLOSED_PORT = 9;

/** The third production server, whose simulator answers in real ECE shapes (SIM_SHAPE=ece). */
export const ECE_SHAPE_PORT = E2E_PORT + 60;
