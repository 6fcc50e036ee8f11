// The slow tiers' test and hook timeout. jest-circus takes its timeout from the global config
// only (jest 30), so a project's own `testTimeout` is ignored and every hook had jest's 5 s; each
// slow project names its timeout in `globals` and this file, run before its specs, applies it.
require('@jest/globals').jest.setTimeout(globalThis.__TIER_TIMEOUT_MS__);
