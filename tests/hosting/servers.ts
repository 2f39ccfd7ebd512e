/** The two servers the hosting suite asks: our `npm run serve` and Microsoft's Static Web Apps emulator. */
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:net';
import path from 'node:path';
import {test} from '@playwright/test';

const ROOT = path.resolve(__dirname, '../..');

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** scripts/serve.mjs, in this process, on a free loopback port. */
export async function startServeMjs(): Promise<RunningServer> {
  const {startServer} = await import('../../scripts/serve.mjs');
  const server = await startServer({port: 0});
  return {url: server.url, close: async () => void (await server.close())};
}

/** A free loopback port: `swa start` needs a number (and, when it is taken, asks on the terminal). */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (typeof address !== 'object' || !address) throw new Error('no port from the loopback probe');
  return address.port;
}

/**
 * `swa start build --swa-config-location build` (@azure/static-web-apps-cli), on a free loopback
 * port, fully offline: without an API or a data API it downloads nothing, and NO_UPDATE_NOTIFIER
 * turns off its only network call, a version check against the npm registry. It runs in a process
 * group of its own (it starts its server through a shell), which close() ends as a whole.
 */
export async function startEmulator(): Promise<RunningServer> {
  const port = await freePort();
  const bin = path.join(ROOT, 'node_modules/@azure/static-web-apps-cli/dist/cli/bin.js');
  const args = ['start', 'build', '--swa-config-location', 'build', '--host', '127.0.0.1', '--port', String(port)];
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: ROOT,
    env: {...process.env, NO_UPDATE_NOTIFIER: '1'},
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    // Kept reading after the start too: the emulator logs every request, and a full pipe would stall it.
    const read = (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      if (output.includes('emulator started at')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`swa start exited (code ${code}) before serving:\n${output}`)));
  });
  await started;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode !== null) throw new Error(`the emulator had stopped by itself (code ${child.exitCode}):\n${output}`);
      const exited = once(child, 'exit');
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** scripts/serve.mjs for the tests of the calling describe block: started before them, stopped after. */
export function serveMjsForTheseTests(): () => RunningServer {
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    server = await startServeMjs();
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('serve.mjs did not start');
    return server;
  };
}
