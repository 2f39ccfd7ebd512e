/**
 * Serves build/ as production does (scripts/serve.mjs: headers, CSP, 404s, gzip) on a free port,
 * for the whole run; the URL reaches the workers, started after this, through BASE_URL.
 * Returns the teardown, which stops the server.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // Imported when needed: serve.mjs reads build/staticwebapp.config.json as it starts.
  const {startServer} = await import('../../scripts/serve.mjs');
  const server = await startServer({port: 0});
  process.env.BASE_URL = server.url;
  return async () => {
    await server.close();
  };
}
