import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { createApp } from '../src/app';
import { ProbeModule } from './support/probe.module';

// Its own file: nestjs-pino keeps the first application's logger for the whole process (a module
// variable), so a second app created beside another in one test file would log to the first's.

function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
}

describe('what the platform logs', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let port: number;
  const raw: string[] = [];
  const about = (correlationId: string) =>
    raw
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.correlationId === correlationId);

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-platform-logs-'));
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'info', LEDGER_STORE: 'memory' },
      {
        imports: [ProbeModule],
        logDestination: { write: (line: string) => void raw.push(line) },
      },
    ));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs a client that closed the connection mid-body as a client abort, not a store outage', async () => {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      'POST /probe/agencies/agency-a/things HTTP/1.1\r\nHost: localhost\r\n' +
        'Content-Type: application/json\r\nContent-Length: 100\r\nX-Correlation-Id: abort-1\r\n\r\n' +
        '{"name":"abc"',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    const deadline = Date.now() + 3_000;
    while (about('abort-1').length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // Whatever else the request logs comes right after.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = about('abort-1');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((l) => (l.level as number) >= 40)).toEqual([]);
    expect(JSON.stringify(logged)).not.toContain('STORE_UNAVAILABLE');
    expect(logged).toContainEqual(
      expect.objectContaining({ code: 'CLIENT_CLOSED_REQUEST', level: 30 }),
    );
  });

  it('logs 504 PROJECTION_TIMEOUT, an expected answer, at warn without a stack trace', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/v1/blacklist?minPosition=1000000&maxWaitMs=50')
      .set('X-Correlation-Id', 'timeout-1');
    expectProblem(res, 504, 'PROJECTION_TIMEOUT');
    const failed = about('timeout-1').filter((l) => l.msg !== 'request completed');
    expect(failed).toEqual([
      expect.objectContaining({ level: 40, code: 'PROJECTION_TIMEOUT', status: 504 }),
    ]);
    expect(JSON.stringify(failed)).not.toMatch(/"stack"|\bat .+\.(ts|js):\d+/);
  });
});
