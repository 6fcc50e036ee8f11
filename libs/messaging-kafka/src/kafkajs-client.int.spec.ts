import { Socket } from 'node:net';
import { createKafkaFeedClient } from './kafkajs-client';
import { feedTopics } from './topics';
import { deleteFeedTopics, kafkaBrokers, requireKafka, uniqueTopicPrefix } from './testing';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Open sockets of this process to the broker: what keeps a process alive after it closed its clients. */
function brokerSockets(): Set<Socket> {
  const ports = new Set(kafkaBrokers().map((b) => Number(b.split(':').pop())));
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return new Set(
    handles.filter(
      (h): h is Socket => h instanceof Socket && !h.destroyed && ports.has(h.remotePort ?? -1),
    ),
  );
}

/**
 * The broker sockets open now that were not open at `before`: what this test's clients left. The
 * integration tests share one process (--runInBand), so a socket another file left open for a
 * while (one was seen in a rehearsal, in all eight cases of this file, closing about a minute
 * later) must not count against the client tested here.
 */
function socketsOpenedSince(before: ReadonlySet<Socket>): number {
  return [...brokerSockets()].filter((socket) => !before.has(socket)).length;
}

/**
 * A subscriber, producer or admin closed at any moment of its start (connecting, joining the group,
 * running) leaves no connection to the broker behind. A consumer that joined after close() fetched
 * on, so a process that had closed everything (jest after the integration tests) never exited.
 */
describe('kafkajs feed client: close() at any moment of the start', () => {
  const topicPrefix = uniqueTopicPrefix('close-race');
  const client = createKafkaFeedClient({ brokers: kafkaBrokers(), clientId: 'close-race' });

  beforeAll(async () => {
    await requireKafka();
    const admin = client.admin();
    await admin.ensureTopics(
      feedTopics(topicPrefix).map((topic) => ({
        topic,
        partitions: 1,
        replicationFactor: 1,
        retentionMs: 3_600_000,
        maxMessageBytes: 1_048_576,
      })),
    );
    await admin.close();
  });
  afterAll(() => deleteFeedTopics(topicPrefix));

  it.each([0, 20, 100, 300, 1_000, 3_000])(
    'a subscriber closed %i ms into run() disconnects for good',
    async (delayMs) => {
      const before = brokerSockets();
      const subscriber = client.subscriber({
        groupId: `${topicPrefix}-${delayMs}`,
        topics: feedTopics(topicPrefix),
      });
      const running = subscriber.run(async () => undefined).catch(() => undefined);
      await sleep(delayMs);
      await subscriber.close();
      await running;
      // Long enough for a consumer that joined after close() to have connected and fetched.
      await sleep(2_000);
      expect(socketsOpenedSince(before)).toBe(0);
    },
  );

  const message = () => ({
    topic: feedTopics(topicPrefix)[0]!,
    key: 'k',
    value: '{}',
    headers: {},
  });

  it('a producer closed while a send is in flight disconnects, and refuses to send again', async () => {
    const before = brokerSockets();
    const producer = client.producer();
    const sending = producer.send([message()]).catch(() => undefined);
    await producer.close();
    await sending;
    await expect(producer.send([message()])).rejects.toThrow('the feed producer is closed');
    await sleep(1_000);
    expect(socketsOpenedSince(before)).toBe(0);
  });

  it('an admin closed while creating topics disconnects, and refuses to create again', async () => {
    const before = brokerSockets();
    const admin = client.admin();
    const creating = admin.ensureTopics([]).catch(() => undefined);
    await admin.close();
    await creating;
    await expect(admin.ensureTopics([])).rejects.toThrow('the feed admin is closed');
    await sleep(1_000);
    expect(socketsOpenedSince(before)).toBe(0);
  });
});
