import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The deployment artefacts are linted with real tools from PyPI (infra/lint.sh installs them into a
// venv); the two mutants show the linters do refuse what they should, so a green run means something.
const root = path.resolve(__dirname, '../..');
const venvBin = path.join(root, '.run/deploy-lint-venv/bin');

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('deployment artefacts', () => {
  it('pass hadolint, yamllint and kubernetes-validate', () => {
    const { status, output } = run('bash', ['infra/lint.sh']);
    expect(output).toContain('passed for resource deployment/contract-ledger-api');
    expect(status).toBe(0);
  }, 300_000);

  it('kubernetes-validate refuses a manifest with a misspelt field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8s-'));
    const broken = path.join(dir, 'api-deployment.yaml');
    writeFileSync(
      broken,
      readFileSync(path.join(root, 'infra/k8s/api-deployment.yaml'), 'utf8').replace(
        'replicas: 2',
        'replica: 2',
      ),
    );
    const { status } = run(path.join(venvBin, 'kubernetes-validate'), [
      '--strict',
      '-k',
      '1.31.0',
      broken,
    ]);
    expect(status).not.toBe(0);
  });

  it('hadolint refuses a Dockerfile that runs as root from an unpinned image', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docker-'));
    const broken = path.join(dir, 'Dockerfile');
    copyFileSync(path.join(root, 'infra/docker/Dockerfile'), broken);
    writeFileSync(
      broken,
      readFileSync(broken, 'utf8').replace(
        'FROM node:20.19-bookworm-slim AS runtime',
        'FROM node:latest AS runtime',
      ),
    );
    const { status, output } = run(path.join(venvBin, 'hadolint'), [broken]);
    expect(output).toContain('DL3007');
    expect(status).not.toBe(0);
  });
});
