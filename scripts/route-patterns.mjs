// @ts-check
/**
 * Static Web Apps route patterns as our configuration uses them: exact, or a prefix ending with `*`
 * (scripts/serve.mjs refuses any other). Read by the server and by the build of its configuration
 * (scripts/hosting-config.mjs), which must agree on the route a path takes.
 * @param {string} pattern @param {string} path
 */
export const routeMatches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
