import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RouteInputCheck } from './errors/route-input';
import { Idempotency } from './idempotency/idempotency';

/**
 * The second global guard, after the AuthGuard: the Idempotency-Key claim (a replay answers from
 * the ProblemFilter and skips everything after it), then the route-input check (undeclared query
 * parameters, a body on a route that takes none). Both used to be a global interceptor; a guard
 * runs at the same place (after authentication, before validation and the handler) without what
 * Nest wraps every interceptor in on every request: rxjs `defer` + `mergeAll`, `lastValueFrom` and two `AsyncResource.bind` calls (each building two
 * `util.deprecate` wrappers on Node 20). Synchronous unless the request carries a key.
 */
@Injectable()
export class PlatformGuard implements CanActivate {
  constructor(
    private readonly idempotency: Idempotency,
    private readonly input: RouteInputCheck,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const claimed = this.idempotency.claim(context);
    if (claimed === undefined) {
      this.input.check(context);
      return true;
    }
    return claimed.then(() => {
      this.input.check(context);
      return true;
    });
  }
}
