# Sourced by .ci/run (as root): starts Debian's OpenSSH on 127.0.0.1 for OpenSshTest and stops it on exit.
# Exports LABFORGE_OPENSSH_PORT, LABFORGE_OPENSSH_DIR (client key id_ed25519, known_hosts, host_fingerprint,
# commands.log where a ForceCommand wrapper records every SSH_ORIGINAL_COMMAND before running it) and
# LABFORGE_OPENSSH_USER.
lf_ssh_dir=$(mktemp -d /tmp/labforge-openssh.XXXXXX)
lf_ssh_port=${LABFORGE_OPENSSH_PORT:-2222}
ssh-keygen -q -t ed25519 -N '' -f "$lf_ssh_dir/host_ed25519"
ssh-keygen -q -t ed25519 -N '' -f "$lf_ssh_dir/id_ed25519"
cp "$lf_ssh_dir/id_ed25519.pub" "$lf_ssh_dir/authorized_keys"
cat > "$lf_ssh_dir/record.sh" <<'REC'
#!/bin/sh
printf '%s\036' "$SSH_ORIGINAL_COMMAND" >> "$(dirname "$0")/commands.log"
exec /bin/sh -c "$SSH_ORIGINAL_COMMAND"
REC
chmod 755 "$lf_ssh_dir/record.sh"
cat > "$lf_ssh_dir/sshd_config" <<CFG
Port $lf_ssh_port
ListenAddress 127.0.0.1
HostKey $lf_ssh_dir/host_ed25519
PidFile $lf_ssh_dir/sshd.pid
AuthorizedKeysFile $lf_ssh_dir/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowTcpForwarding yes
ForceCommand $lf_ssh_dir/record.sh
CFG
echo "[127.0.0.1]:$lf_ssh_port $(cut -d' ' -f1,2 "$lf_ssh_dir/host_ed25519.pub")" > "$lf_ssh_dir/known_hosts"
ssh-keygen -lf "$lf_ssh_dir/host_ed25519.pub" | cut -d' ' -f2 > "$lf_ssh_dir/host_fingerprint"
mkdir -p /run/sshd
"$(command -v sshd)" -f "$lf_ssh_dir/sshd_config" -D -e 2> "$lf_ssh_dir/sshd.log" &
lf_sshd_pid=$!
trap 'kill "$lf_sshd_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$lf_ssh_port") 2>/dev/null && break
  sleep 0.1
done
export LABFORGE_OPENSSH_PORT="$lf_ssh_port" LABFORGE_OPENSSH_DIR="$lf_ssh_dir" LABFORGE_OPENSSH_USER="$(id -un)"
echo "== OpenSSH $(sshd -V 2>&1 | head -1) on 127.0.0.1:$lf_ssh_port for OpenSshTest (pid $lf_sshd_pid)"
