import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Observable } from 'rxjs';
import { traceCommand } from './command-route';
import { BodylessRouteCheck } from './errors/body-shape';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';

/**
 * The platform's only interceptor: Idempotency-Key outermost (a replay skips everything inside
 * it), then the bodyless-route check, then the handler (in its command span where tracing is on). One interceptor, not one per
 * concern: Nest wraps each global interceptor in rxjs `defer` + `mergeAll` and two
 * `AsyncResource.bind` calls (each building util.deprecate wrappers on Node 20) on every request,
 * health probes included, which showed in the API's CPU profile.
 */
@Injectable()
export class PlatformInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyInterceptor,
    private readonly bodyless: BodylessRouteCheck,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    return this.idempotency.intercept(context, {
      handle: () => {
        this.bodyless.check(context);
        return traceCommand(context, () => next.handle());
      },
    });
  }
}
