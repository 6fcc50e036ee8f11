import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ReadSide } from '../read-side/read-side';
import { RelayHost } from '../relay/relay.module';

/** Latency buckets in seconds: commands append in ~1-20 ms, reads of the log can take a second. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const STARTED = Symbol('metrics.started');

/**
 * Prometheus metrics with prom-client: its default Node process metrics (CPU, memory, event-loop
 * lag, GC, handles) and the ledger's series. One registry per application, not prom-client's
 * global one, so two apps in one process (tests) do not count each other's requests. Requests are
 * counted per route pattern (never per URL, so ids do not explode the series); POST routes are the
 * commands. The read-side and relay gauges are set from their sources at each scrape.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'ledger_http_requests_total',
    help: 'HTTP requests by method, route pattern and status (POST routes are commands).',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });
  private readonly head = this.gauge(
    'ledger_event_store_head_position',
    'Global position of the last event in the log.',
    [],
  );
  private readonly checkpoint = this.gauge(
    'ledger_projection_checkpoint',
    'Last log position applied by the version of the projection queries read.',
    ['projection'],
  );
  private readonly lag = this.gauge(
    'ledger_projection_lag_events',
    'Events in the log not yet applied by the projection (head - checkpoint).',
    ['projection'],
  );
  private readonly rebuildLag = this.gauge(
    'ledger_projection_rebuild_lag_events',
    'While a new version rebuilds: events it still has to apply.',
    ['projection', 'version'],
  );
  private readonly up = this.gauge(
    'ledger_projection_up',
    '1 when this process runs the projection and its last batch succeeded (0: failing, standby, or run elsewhere).',
    ['projection', 'state'],
  );
  private readonly diverged = this.gauge(
    'ledger_projection_diverged',
    "1 when the log no longer has the event at the projection's checkpoint (rewound or restored): its runner stopped, see docs/runbooks/read-model-divergence.md.",
    ['projection'],
  );
  /** Registered on the first scrape that finds a relay hosted here: no relay, no series (an absent series, not a false 0). */
  private relayGauges: { readonly lag: Gauge<string>; readonly up: Gauge<'state'> } | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ReadSide,
    private readonly relay: RelayHost,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  private gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', (request, _reply, done) => {
      (request as FastifyRequest & { [STARTED]?: bigint })[STARTED] = process.hrtime.bigint();
      done();
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const started = (request as FastifyRequest & { [STARTED]?: bigint })[STARTED];
      const route = request.routeOptions?.url ?? 'unmatched';
      if (started !== undefined && route !== '/metrics') {
        this.observe(
          request.method,
          route,
          reply.statusCode,
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      }
      done();
    });
  }

  /**
   * The series of one method, route and status, bound once: prom-client otherwise sorts and
   * hashes the label object on every call (per request, twice). Never reset, so never stale.
   */
  private readonly series = new Map<
    string,
    { readonly count: { inc(): void }; readonly time: { observe(seconds: number): void } }
  >();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let series = this.series.get(key);
    if (series === undefined) {
      series = {
        count: this.requests.labels(method, route, String(status)),
        time: this.latency.labels(method, route),
      };
      this.series.set(key, series);
    }
    series.count.inc();
    series.time.observe(seconds);
  }

  /** The text exposition format 0.0.4, with the read-side and relay gauges as they are now. */
  async render(): Promise<string> {
    this.head.set((await this.store.head()).position);
    const lags = await this.readSide.lag();
    for (const gauge of [this.checkpoint, this.lag, this.rebuildLag, this.up, this.diverged])
      gauge.reset();
    for (const l of lags) {
      this.checkpoint.set({ projection: l.projection }, l.checkpoint);
      this.lag.set({ projection: l.projection }, l.lag);
      if (l.rebuilding)
        this.rebuildLag.set(
          { projection: l.projection, version: String(l.rebuilding.version) },
          l.rebuilding.lag,
        );
      this.up.set({ projection: l.projection, state: l.state }, l.state === 'running' ? 1 : 0);
      this.diverged.set({ projection: l.projection }, l.diverged === undefined ? 0 : 1);
    }
    // Only where this process hosts the relay (LEDGER_RELAY=in-process): with a worker publishing,
    // the worker's logs carry the lag, and an API reporting it too would double every alert.
    const relayStatus = this.relay.status();
    if (relayStatus) {
      this.relayGauges ??= {
        lag: this.gauge(
          'ledger_relay_lag',
          'Events in the log not yet acknowledged by Kafka (head - relay checkpoint).',
          [],
        ),
        up: this.gauge(
          'ledger_relay_up',
          "1 when this process publishes the feed and its last send succeeded (0: retrying, standby behind another process's lock, stopped, failed or diverged).",
          ['state'],
        ),
      };
      this.relayGauges.lag.set((await this.relay.lag()) ?? 0);
      this.relayGauges.up.reset();
      this.relayGauges.up.set(
        { state: relayStatus.state },
        relayStatus.state === 'running' ? 1 : 0,
      );
    }
    return this.registry.metrics();
  }
}
