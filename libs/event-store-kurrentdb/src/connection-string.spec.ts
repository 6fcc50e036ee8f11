import { parseKurrentConnectionString, redact } from './connection-string';

describe('KurrentDB connection string', () => {
  it.each([
    [
      'kurrentdb://localhost:2113?tls=false',
      { discover: false, hosts: [{ host: 'localhost', port: 2113 }], options: { tls: 'false' } },
    ],
    [
      'kurrentdb://admin:changeit@127.0.0.1?tls=false&tlsVerifyCert=false',
      { username: 'admin', hosts: [{ host: '127.0.0.1', port: 2113 }] },
    ],
    [
      'kurrentdb+discover://node1.example:2113,node2.example:2114/?node_preference=leader',
      {
        discover: true,
        hosts: [
          { host: 'node1.example', port: 2113 },
          { host: 'node2.example', port: 2114 },
        ],
      },
    ],
    ['esdb://localhost', { hosts: [{ host: 'localhost', port: 2113 }] }],
    ['kdb+discover://cluster.example', { discover: true }],
  ])('accepts %s', (text, expected) => {
    expect(parseKurrentConnectionString(text)).toMatchObject(expected);
  });

  it.each([
    ['postgres://ledger@localhost/db', /must start with kurrentdb:\/\//],
    ['localhost:2113', /must start with kurrentdb:\/\//],
    ['kurrentdb+gossip://localhost', /must start with kurrentdb:\/\//],
    ['kurrentdb://', /names no host/],
    ['kurrentdb://localhost:99999', /host "localhost:99999" is not host or host:port/],
    ['kurrentdb://local host', /is not host or host:port/],
    ['kurrentdb://admin@localhost', /credentials must be user:password@/],
    ['kurrentdb://localhost?tls=maybe', /option tls must be true or false/],
    ['kurrentdb://localhost?colour=blue', /unknown option "colour"/],
    ['kurrentdb://localhost?tls', /option tls needs a value/],
    ['kurrentdb://localhost?nodePreference=follower', /nodePreference must be leader/],
  ])('refuses %s', (text, message) => {
    expect(() => parseKurrentConnectionString(text)).toThrow(message);
  });

  it('never puts the password in a message', () => {
    expect(redact('kurrentdb://admin:s3cret@localhost:2113?tls=false')).toBe(
      'kurrentdb://admin:***@localhost:2113?tls=false',
    );
    expect(() => parseKurrentConnectionString('kurrentx://admin:s3cret@localhost')).toThrow(
      /admin:\*\*\*@/,
    );
    expect(() => parseKurrentConnectionString('kurrentx://admin:s3cret@localhost')).not.toThrow(
      /s3cret/,
    );
  });
});
