import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createServer } from './createServer.ts';
import { ensureBuilt } from './ensureBuilt.ts';

/** `npm start`: builds the game when needed and serves it at http://localhost:8080 (PORT changes it). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  await ensureBuilt(root, (line) => console.log(line));
  const app = await createServer({ staticRoot: join(root, 'dist') });
  await app.listen({ port, host });
  console.log(`Galateo is running at http://localhost:${port}`);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`galateo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
