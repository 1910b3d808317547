#!/usr/bin/env bash
# The kubeadm, MariaDB/MySQL and OPNsense files of the samples, checked with real parsers and servers:
#   labforge.cnf      mariadbd --help --verbose (rejects unknown options) and my_print_defaults
#   databases.sql     run twice (idempotent) by a throwaway MariaDB in bootstrap mode, placeholders filled with dummies
#   kubeadm-config    parsed by PyYAML (a second YAML parser beside the JUnit tests' Jackson); apiVersion/kind checked
#   containerd toml   parsed by Python's tomllib; CRI runc with SystemdCgroup = true
#   OPNsense xml      xmllint, interfaces and the WAN assignment by XPath
# A missing tool is reported as skipped, never as passed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/labforge.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
check() { # name, command...
  local name=$1; shift
  local res; if res=$("$@" 2>&1); then echo "  ok    $name"; else echo "  FAIL  $name"; echo "$res" | tail -n 15 | sed 's/^/        /'; fail=1; fi
}
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)

sql_runs_twice() { # databases.sql
  local data="$work/mdb-$RANDOM"
  mariadb-install-db --no-defaults --datadir="$data" --user="$(id -un)" --auth-root-authentication-method=socket --skip-test-db \
    > "$data.log" 2>&1 || { cat "$data.log"; return 1; }
  sed -e 's/LABFORGE_SECRET_[a-z0-9-]*/Lf1-dummy_password/g' "$1" > "$data.sql"
  for run in 1 2; do
    { echo 'FLUSH PRIVILEGES;'; cat "$data.sql"; } | "$mariadbd" --no-defaults --datadir="$data" --user="$(id -un)" --bootstrap \
      > "$data.log" 2>&1 || { echo "run $run:"; grep -E 'ERROR' "$data.log"; return 1; }
  done
}

kubeadm_yaml() { # file
  python3 - "$1" <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d is not None]
kinds = [d["kind"] for d in docs]
assert kinds in (["InitConfiguration", "ClusterConfiguration", "KubeletConfiguration"], ["JoinConfiguration"]), kinds
for d in docs:
    assert d["apiVersion"] in ("kubeadm.k8s.io/v1beta3", "kubeadm.k8s.io/v1beta4", "kubelet.config.k8s.io/v1beta1"), d["apiVersion"]
if kinds[0] == "InitConfiguration":
    assert docs[1]["controlPlaneEndpoint"].endswith(":6443") and docs[1]["networking"]["podSubnet"], docs[1]
else:
    assert docs[0]["discovery"]["bootstrapToken"]["apiServerEndpoint"].endswith(":6443"), docs[0]
PY
}

containerd_toml() { # file
  python3 - "$1" <<'PY'
import sys, tomllib
c = tomllib.load(open(sys.argv[1], "rb"))
runc = c["plugins"]["io.containerd.grpc.v1.cri"]["containerd"]["runtimes"]["runc"]
assert c["version"] == 2 and runc["runtime_type"] == "io.containerd.runc.v2" and runc["options"]["SystemdCgroup"] is True, c
PY
}

for lab in assets/samples/*.yaml; do
  grep -Eq 'flavor: *(kubeadm|mariadb|mysql|opnsense)' "$lab" || continue
  name=$(basename "$lab" .yaml)
  out="$work/$name"
  java -jar "$jar" render "$lab" -o "$out" >/dev/null 2>&1
  echo "-- $name"
  for f in "$out"/*/labforge.cnf; do [ -e "$f" ] || continue
    if [ -x "$mariadbd" ]; then
      check "mariadbd --help --verbose ${f#$out/}" "$mariadbd" --defaults-file="$f" --help --verbose
      check "my_print_defaults ${f#$out/}" sh -c "my_print_defaults --defaults-file='$f' mysqld | grep -q -- '^--bind-address=127.0.0.1,'"
      sql="$(dirname "$f")/databases.sql"
      check "MariaDB runs ${sql#$out/} twice" sql_runs_twice "$sql"
    else echo "  skip  mariadbd not installed"; fi
  done
  for f in "$out"/*/kubeadm-config.yaml; do [ -e "$f" ] || continue
    if python3 -c 'import yaml' 2>/dev/null; then check "PyYAML ${f#$out/}" kubeadm_yaml "$f"; else echo "  skip  python3-yaml not installed"; fi
  done
  for f in "$out"/*/containerd-config.toml; do [ -e "$f" ] || continue
    if python3 -c 'import tomllib' 2>/dev/null; then check "tomllib ${f#$out/}" containerd_toml "$f"; else echo "  skip  python3 has no tomllib"; fi
  done
  for f in "$out"/*/config.xml; do [ -e "$f" ] || continue
    grep -q '<opnsense>' "$f" || continue
    if have xmllint; then
      check "xmllint ${f#$out/} (OPNsense)" sh -c "xmllint --noout '$f' && [ \"\$(xmllint --xpath 'count(/opnsense/interfaces/wan/if)' '$f')\" = 1 ] \
        && xmllint --xpath '/opnsense/interfaces/wan/if/text()' '$f' | grep -Eq '^vtnet[0-9]+$'"
    else echo "  skip  xmllint not installed"; fi
  done
done
exit $fail
