import { createServer } from 'node:net';

/**
 * A port nobody listens on now, chosen by the kernel. The caller's server binds it a moment later;
 * in between another process could take it, and that start then fails loudly (EADDRINUSE). A port
 * picked at random instead can already be held: the ephemeral range also serves outgoing
 * connections (Kafka clients, PostgreSQL pools) of the processes around.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('the kernel gave no port')),
      );
    });
  });
}
