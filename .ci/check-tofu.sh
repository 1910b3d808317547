#!/usr/bin/env bash
# The OpenTofu export through HashiCorp's HCL v2 library (Debian: golang-github-hashicorp-hcl-v2-dev),
# the parser OpenTofu and Terraform are built on: every file must parse (hclfmt -check) and already be
# in canonical layout (hclfmt -require-no-change). The bpg/proxmox provider's schema is not checked here.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS= GOCACHE="$work/gocache" \
  go build -o "$work/hclfmt" github.com/hashicorp/hcl/v2/cmd/hclfmt
files=(src/test/resources/io/labforge/io/export/tofu-*.tf)
for lab in assets/samples/*.yaml src/test/resources/io/labforge/io/export/tofu-*.yaml; do
  out="$work/$(basename "$lab" .yaml).tf"
  java -jar target/labforge.jar export tofu "$lab" -o "$out"
  files+=("$out")
done
for tf in "${files[@]}"; do
  "$work/hclfmt" -check "$tf" > /dev/null
  "$work/hclfmt" -require-no-change "$tf" > /dev/null
  echo "HCL ok: $tf ($(grep -c '^resource ' "$tf") resources)"
done
