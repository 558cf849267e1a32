export function loadSites(): unknown[];
export function startServer(opts?: { port?: number; sites?: unknown[] }): Promise<unknown>;
