import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  installCheapAsyncResourceBind,
  nodeAsyncResourceBind,
  type Bind,
} from './async-resource-bind';

/** Node's own bind (an earlier test file of this worker may have installed the replacement already). */
const nodeBind = nodeAsyncResourceBind();
const currentBind = () => AsyncResource.prototype.bind as unknown as Bind;

/** What a bound function shows of itself, accessors reduced to their presence. */
function shape(bound: object) {
  return Object.entries(Object.getOwnPropertyDescriptors(bound))
    .filter(([key]) => key !== 'prototype' && key !== 'name')
    .map(([key, d]) => ({
      key,
      enumerable: d.enumerable,
      configurable: d.configurable,
      writable: d.writable,
      value: typeof d.value === 'function' ? 'function' : d.value,
      get: typeof d.get,
      set: typeof d.set,
    }));
}

describe('installCheapAsyncResourceBind', () => {
  beforeAll(() => installCheapAsyncResourceBind());

  it('replaces the bind of a runtime whose bind defines the deprecated asyncResource property', () => {
    const probe = nodeBind.call(new AsyncResource('probe'), () => undefined);
    const deprecated = Object.getOwnPropertyDescriptor(probe, 'asyncResource')?.get !== undefined;
    expect(currentBind() !== nodeBind).toBe(deprecated);
  });

  it("binds as Node's own bind does: the resource's async scope, this, arguments, length, accessors", () => {
    const storage = new AsyncLocalStorage<string>();
    for (const thisArg of [undefined, { which: 'given' }]) {
      const make = (bind: Bind) =>
        storage.run('bound here', () => {
          const resource = new AsyncResource('test');
          const fn = function (this: unknown, a: number, b: number) {
            return { store: storage.getStore(), self: this, sum: a + b };
          };
          return {
            resource,
            bound: bind.call(resource, fn, thisArg) as (...args: number[]) => unknown,
          };
        });
      const ours = make(currentBind());
      const node = make(nodeBind);
      const receiver = { which: 'receiver' };
      const call = (bound: (...args: number[]) => unknown) =>
        storage.run('called here', () => bound.call(receiver, 2, 3));
      expect(call(ours.bound)).toEqual(call(node.bound));
      expect(call(ours.bound)).toEqual({
        store: 'bound here',
        self: thisArg ?? receiver,
        sum: 5,
      });
      expect(ours.bound.length).toBe(2);
      expect(shape(ours.bound)).toEqual(shape(node.bound));
    }
  });

  it('answers and sets asyncResource as before', () => {
    const resource = new AsyncResource('test');
    const bound = resource.bind(() => undefined) as unknown as { asyncResource: unknown };
    expect(bound.asyncResource).toBe(resource);
    const other = new AsyncResource('other');
    bound.asyncResource = other;
    expect(bound.asyncResource).toBe(other);
  });

  it('warns DEP0172 once when asyncResource is used, as Node does', () => {
    // In a process of its own: jest's sandbox does not see the process's warnings.
    const script = `
      const { AsyncResource } = require('node:async_hooks');
      require(${JSON.stringify(require.resolve('./async-resource-bind'))}).installCheapAsyncResourceBind();
      const codes = [];
      process.on('warning', (w) => codes.push(w.code));
      const bound = new AsyncResource('a').bind(() => undefined);
      bound.asyncResource;
      new AsyncResource('b').bind(() => undefined).asyncResource = null;
      setImmediate(() => process.stdout.write(JSON.stringify(codes)));`;
    const out = execFileSync(
      process.execPath,
      ['-r', path.join(__dirname, '../../../../tools/register.js'), '-e', script],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(JSON.parse(out)).toEqual(['DEP0172']);
  });

  it("refuses a non-function with Node's own error", () => {
    const resource = new AsyncResource('test');
    const message = (bind: Bind) => {
      try {
        bind.call(resource, 'not a function' as never);
      } catch (error) {
        return (error as Error & { code?: string }).code;
      }
      return 'no error';
    };
    expect(message(currentBind())).toBe(message(nodeBind));
    expect(message(nodeBind)).toBe('ERR_INVALID_ARG_TYPE');
  });
});
