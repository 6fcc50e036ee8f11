import { AsyncResource } from 'node:async_hooks';
import { deprecate } from 'node:util';

const INSTALLED = Symbol.for('contract-ledger.cheapAsyncResourceBind');
/** Node's own bind, kept on the prototype: the prototype outlives module registries (jest's). */
const NODE_BIND = Symbol.for('contract-ledger.nodeAsyncResourceBind');
const DEP0172 = 'The asyncResource property on bound functions is deprecated';

export type Bind = (
  this: AsyncResource,
  fn: (...args: never[]) => unknown,
  thisArg?: unknown,
) => never;
type Patched = typeof AsyncResource.prototype & { [INSTALLED]?: true; [NODE_BIND]?: Bind };

/** The runtime's own `AsyncResource.prototype.bind`, whether or not it was replaced (for tests). */
export function nodeAsyncResourceBind(): Bind {
  const proto = AsyncResource.prototype as Patched;
  return proto[NODE_BIND] ?? (proto.bind as unknown as Bind);
}

/**
 * Fastify binds the callback of every request body's parser to a fresh AsyncResource
 * (content-type-parser.js), and Node 20's `AsyncResource.prototype.bind` builds two `util.deprecate`
 * wrappers for the deprecated `asyncResource` property of every bound function: each one sets a
 * function's prototype, which V8 makes slow. Under SubmitBid load that was ~6 % of the API's main
 * thread (profile in docs/performance.md). This puts in its place the same bind with one shared
 * deprecation: the bound function runs `fn` in the resource's async scope with the same `this`,
 * has the same `length`, and the same enumerable `asyncResource` accessor, whose use warns DEP0172
 * once as before. Only where the runtime's bind still defines that property (Node 20); a runtime
 * without it keeps its own. Idempotent.
 */
export function installCheapAsyncResourceBind(): void {
  const proto = AsyncResource.prototype as Patched;
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const probe = new AsyncResource('contract-ledger-probe');
  const deprecated = Object.getOwnPropertyDescriptor(
    probe.bind(() => undefined),
    'asyncResource',
  );
  probe.emitDestroy();
  if (deprecated?.get === undefined) return;
  const original = proto.bind as unknown as Bind;
  proto[NODE_BIND] = original;
  // One wrapper for every bound function: Node warns once per code whichever wrapper is used.
  const warn = deprecate(() => undefined, DEP0172, 'DEP0172');
  (proto as unknown as { bind: Bind }).bind = function bind(
    this: AsyncResource,
    fn: (...args: never[]) => unknown,
    thisArg?: unknown,
  ): never {
    // Node's own argument check and error.
    if (typeof fn !== 'function') return original.call(this, fn, thisArg);
    return bindTo(this, fn as (...args: unknown[]) => unknown, thisArg, warn) as never;
  };
}

function bindTo(
  resource: AsyncResource,
  fn: (...args: unknown[]) => unknown,
  thisArg: unknown,
  warn: () => void,
): (...args: unknown[]) => unknown {
  const bound =
    thisArg === undefined
      ? function (this: unknown, ...args: unknown[]) {
          return resource.runInAsyncScope(fn, this, ...args);
        }
      : (resource.runInAsyncScope.bind(resource, fn, thisArg) as (...args: unknown[]) => unknown);
  let self: unknown = resource;
  Object.defineProperties(bound, {
    length: { configurable: true, enumerable: false, value: fn.length, writable: false },
    asyncResource: {
      configurable: true,
      enumerable: true,
      get() {
        warn();
        return self;
      },
      set(value: unknown) {
        warn();
        self = value;
      },
    },
  });
  return bound;
}
