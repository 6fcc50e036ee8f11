import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ReadSide } from '../read-side/read-side';
import { RelayHost } from '../relay/relay.module';

/** Latency buckets in seconds: commands append in ~1-20 ms, reads of the log can take a second. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

const STARTED = Symbol('metrics.started');

/** `label="value"` with Prometheus' escaping (backslash, quote, newline). */
function labels(pairs: Readonly<Record<string, string>>): string {
  const body = Object.entries(pairs)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
  return body ? `{${body}}` : '';
}

/**
 * Prometheus metrics written by hand (text exposition format 0.0.4): prom-client is not a
 * dependency, and four families do not need one. Requests are counted per route pattern (never
 * per URL, so ids do not explode the series); POST routes are the commands.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Series>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ReadSide,
    private readonly relay: RelayHost,
  ) {}

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
        this.observe(request.method, route, reply.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
      }
      done();
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = JSON.stringify([method, route, String(status)]);
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const seriesKey = JSON.stringify([method, route]);
    let series = this.latency.get(seriesKey);
    if (!series) {
      series = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.latency.set(seriesKey, series);
    }
    series.count++;
    series.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) series.buckets[i]!++;
  }

  async render(): Promise<string> {
    const out: string[] = [];
    out.push('# HELP ledger_http_requests_total HTTP requests by method, route pattern and status (POST routes are commands).');
    out.push('# TYPE ledger_http_requests_total counter');
    for (const [key, count] of this.requests) {
      const [method, route, status] = JSON.parse(key) as [string, string, string];
      out.push(`ledger_http_requests_total${labels({ method, route, status })} ${count}`);
    }
    out.push('# HELP ledger_http_request_duration_seconds HTTP request latency by method and route pattern.');
    out.push('# TYPE ledger_http_request_duration_seconds histogram');
    for (const [key, series] of this.latency) {
      const [method, route] = JSON.parse(key) as [string, string];
      BUCKETS.forEach((le, i) => out.push(`ledger_http_request_duration_seconds_bucket${labels({ method, route, le: String(le) })} ${series.buckets[i]}`));
      out.push(`ledger_http_request_duration_seconds_bucket${labels({ method, route, le: '+Inf' })} ${series.count}`);
      out.push(`ledger_http_request_duration_seconds_sum${labels({ method, route })} ${series.sum}`);
      out.push(`ledger_http_request_duration_seconds_count${labels({ method, route })} ${series.count}`);
    }
    const head = await this.store.head();
    out.push('# HELP ledger_event_store_head_position Global position of the last event in the log.');
    out.push('# TYPE ledger_event_store_head_position gauge');
    out.push(`ledger_event_store_head_position ${head.position}`);
    const lags = await this.readSide.lag();
    out.push('# HELP ledger_projection_checkpoint Last log position applied by the version of the projection queries read.');
    out.push('# TYPE ledger_projection_checkpoint gauge');
    for (const l of lags) out.push(`ledger_projection_checkpoint${labels({ projection: l.projection })} ${l.checkpoint}`);
    out.push('# HELP ledger_projection_lag_events Events in the log not yet applied by the projection (head - checkpoint).');
    out.push('# TYPE ledger_projection_lag_events gauge');
    for (const l of lags) out.push(`ledger_projection_lag_events${labels({ projection: l.projection })} ${l.lag}`);
    out.push('# HELP ledger_projection_rebuild_lag_events While a new version rebuilds: events it still has to apply.');
    out.push('# TYPE ledger_projection_rebuild_lag_events gauge');
    for (const l of lags) if (l.rebuilding) out.push(`ledger_projection_rebuild_lag_events${labels({ projection: l.projection, version: String(l.rebuilding.version) })} ${l.rebuilding.lag}`);
    out.push('# HELP ledger_projection_up 1 when this process runs the projection and its last batch succeeded (0: failing, standby, or run elsewhere).');
    out.push('# TYPE ledger_projection_up gauge');
    for (const l of lags) out.push(`ledger_projection_up${labels({ projection: l.projection, state: l.state })} ${l.state === 'running' ? 1 : 0}`);
    out.push('# HELP ledger_projection_diverged 1 when the log no longer has the event at the projection\'s checkpoint (rewound or restored): its runner stopped, see docs/runbooks/read-model-divergence.md.');
    out.push('# TYPE ledger_projection_diverged gauge');
    for (const l of lags) out.push(`ledger_projection_diverged${labels({ projection: l.projection })} ${l.diverged === undefined ? 0 : 1}`);
    // Only where this process hosts the relay (LEDGER_RELAY=in-process): with a worker publishing,
    // the worker's logs carry the lag, and an API reporting it too would double every alert.
    const relayStatus = this.relay.status();
    if (relayStatus) {
      out.push('# HELP ledger_relay_lag Events in the log not yet acknowledged by Kafka (head - relay checkpoint).');
      out.push('# TYPE ledger_relay_lag gauge');
      out.push(`ledger_relay_lag ${(await this.relay.lag()) ?? 0}`);
      out.push('# HELP ledger_relay_up 1 when this process publishes the feed and its last send succeeded (0: retrying, standby behind another process\'s lock, stopped or failed).');
      out.push('# TYPE ledger_relay_up gauge');
      out.push(`ledger_relay_up${labels({ state: relayStatus.state })} ${relayStatus.state === 'running' ? 1 : 0}`);
    }
    return `${out.join('\n')}\n`;
  }
}
