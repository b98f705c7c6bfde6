#!/usr/bin/env bash
# Installs the .deb packages into a fresh Debian 12 root and checks that they work there.
#
#   packaging/tests/deb-install-test.sh [BUILD_DIR]      (as root; scripts/test.sh runs it)
#
# pass-desktop: a previous version (the same build relabelled with a lower version) is installed
# with apt, which resolves every dependency from the Debian mirror; a user makes a demo store with
# the installed passctl; the current package upgrades it; the store must be byte-identical; the
# installed pass-desktop must show its window (offscreen) over that store; passctl --version and
# passctl demo must work; remove and purge must leave the user's store alone.
# pass-portal: the same upgrade, with a changed setting and a portal user that must survive; the
# server started as the unit's ExecStart says, as the unit's user; its OAuth metadata fetched
# with curl; stopped; remove keeps the store, purge deletes it. The portal package must carry
# no client code.
#
# The debootstrap root is cached in BUILD_DIR/package-test/ (a tarball and apt's downloads),
# so a second run skips the download; a fresh clone (CI) builds it. It skips, saying why, only
# where a Debian root cannot be made or entered (not root, no debootstrap, no mirror, /proc
# cannot be mounted). PASS_PACKAGE_TEST_KEEP=1 keeps the root for a look afterwards.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-${PASS_BUILD_DIR:-$here/build}}" && pwd)
cache=$build/package-test
started=$SECONDS

say() { printf '== [%3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() { printf 'SKIP: package install test: %s\n' "$*"; exit 0; }

[ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap and chroot (run: sudo $0)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/setup.sh installs it)"
command -v dpkg-deb >/dev/null && command -v curl >/dev/null || skip "needs dpkg-deb and curl"

# The mirror the host uses (deb822 sources first, then the classic list).
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d /tmp/pass-package-test.XXXXXX)
root=$work/root
portal_pid= portal_job=
cleanup() {
    local status=$?
    set +e
    # Only what this script started: the portal server, by its process id.
    [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null
    [ -n "$portal_job" ] && wait "$portal_job" 2>/dev/null
    mountpoint -q "$root/proc" && umount "$root/proc"
    if [ "${PASS_PACKAGE_TEST_KEEP:-0}" = 1 ]; then
        echo "package test: root kept in $root$(mountpoint -q "$root" && echo ' (a tmpfs: umount it when done)')"
    else
        mountpoint -q "$root" && umount "$root"
        if mountpoint -q "$root/proc" || mountpoint -q "$root"; then
            echo "package test: could not unmount under $root; left in place" >&2
        else
            rm -rf "$work"
        fi
    fi
    [ $status -ne 0 ] || printf '== [%3ds] cleaned up\n' $((SECONDS - started))
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the packages -----------------------------------------------------------------------------
say "building the packages (cpack -G DEB)"
mkdir -p "$work/debs"
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
desktop_deb=$(ls "$work"/cpack/pass-desktop_*.deb)
portal_deb=$(ls "$work"/cpack/pass-portal_*.deb)
version=$(dpkg-deb -f "$desktop_deb" Version)
previous="$version~previous"
for deb in "$desktop_deb" "$portal_deb"; do
    name=$(dpkg-deb -f "$deb" Package)
    cp "$deb" "$work/debs/${name}_current.deb"
    # The previous release: the same files under a lower version (dpkg sorts ~ before anything).
    dpkg-deb -R "$deb" "$work/relabel"
    sed -i "s/^Version: .*/Version: $previous/" "$work/relabel/DEBIAN/control"
    dpkg-deb --root-owner-group -b "$work/relabel" "$work/debs/${name}_previous.deb" >/dev/null
    rm -rf "$work/relabel"
    printf '   %-12s %s  %s KiB (.deb), Installed-Size %s KiB\n' "$name" "$version" \
        $(( $(stat -c %s "$deb") / 1024 )) "$(dpkg-deb -f "$deb" Installed-Size)"
    printf '   %-12s Depends: %s\n' "$name" "$(dpkg-deb -f "$deb" Depends)"
done

# Debian's own checks of both packages (errors and warnings fail the test).
if command -v lintian >/dev/null; then
    lint_status=0
    lintian --tag-display-limit 0 --fail-on error,warning "$desktop_deb" "$portal_deb" \
        >"$work/lintian.log" 2>&1 || lint_status=$?
    grep -v 'running with root privileges' "$work/lintian.log" || true
    [ "$lint_status" -eq 0 ] || fail "lintian found errors or warnings in the packages"
    say "lintian: no error or warning in either package"
else
    say "lintian is not installed (scripts/setup.sh installs it): packages not linted"
fi

# The portal package carries no client code and links no client library.
dpkg-deb -c "$portal_deb" | grep -E 'bin/(pass-desktop|passctl)$' && fail "pass-portal ships a client program"
mkdir -p "$work/portal-files" && dpkg-deb -x "$portal_deb" "$work/portal-files"
needed=$(objdump -p "$work/portal-files/usr/bin/pass-portal" | awk '/NEEDED/ {print $2}')
for lib in libquazip libqt6keychain libcrypto libQt6Widgets libQt6Gui libQt6Charts; do
    if grep -q "^$lib" <<<"$needed"; then fail "pass-portal links $lib (client code)"; fi
done
if dpkg-deb -f "$portal_deb" Depends | grep -Eq 'quazip|keychain|libssl|qt6-?widgets|libqt6gui|charts'; then
    fail "pass-portal depends on a client library: $(dpkg-deb -f "$portal_deb" Depends)"
fi
say "pass-portal carries neither pass-desktop nor passctl and links none of QuaZip, QtKeychain, OpenSSL, Qt Widgets/Gui/Charts"

# --- the fresh Debian 12 root --------------------------------------------------------------------
mkdir -p "$cache/archives" "$root"
# A chroot needs /proc mounted: find out before spending minutes on debootstrap.
mkdir -p "$work/probe"
mount -t tmpfs probe "$work/probe" 2>/dev/null || skip "cannot mount file systems here (no CAP_SYS_ADMIN), so the chroot would have no /proc"
umount "$work/probe"
# In memory when there is room (about 700 MB are written): faster, and gone with one umount.
if [ "$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)" -gt 3000000 ]; then
    mount -t tmpfs -o size=2g,mode=0755 pass-package-test "$root"
fi
if [ -f "$cache/bookworm-minbase.tar" ]; then
    say "unpacking the cached Debian 12 root ($cache/bookworm-minbase.tar)"
    tar -xf "$cache/bookworm-minbase.tar" -C "$root"
else
    say "debootstrap --variant=minbase bookworm from $mirror"
    curl -fsS --max-time 30 -o /dev/null "$mirror/dists/bookworm/Release" \
        || skip "the Debian mirror $mirror cannot be reached, so debootstrap cannot run"
    if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
        tail -20 "$work/debootstrap.log"
        fail "debootstrap failed (log above)"
    fi
    tar -cf "$cache/bookworm-minbase.tar.part" -C "$root" . && mv "$cache/bookworm-minbase.tar.part" "$cache/bookworm-minbase.tar"
fi
mount -t proc proc "$root/proc" 2>/dev/null || skip "cannot mount /proc in a chroot here (no CAP_SYS_ADMIN)"
# The host's suites (updates, security): the packages were built against them.
cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null \
    && : >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A throwaway root: dpkg need not fsync every file (the standard setting of container images).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/pass-test-unsafe-io"
# Services never start inside the chroot: the portal is started by hand below, as systemd would.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
cp "$work"/debs/*.deb "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
as_alice() {
    in_root runuser -u alice -- /usr/bin/env HOME=/home/alice XDG_RUNTIME_DIR=/tmp/alice-runtime \
        QT_QPA_PLATFORM=offscreen "$@"
}
apt_install() {
    in_root apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 "$@" >"$work/apt.log" 2>&1 \
        || { tail -30 "$work/apt.log"; fail "apt-get install $* failed"; }
    grep -E 'newly installed' "$work/apt.log" | sed 's/^/   /'
    # apt's downloads, for the next run (a fresh clone downloads them again).
    cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
}
store_sum() { in_root sha256sum "/home/alice/.local/share/PAsS/PAsS Desktop/pass.db" | cut -d' ' -f1; }

say "apt-get update in the root"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update failed"; }

# --- pass-desktop --------------------------------------------------------------------------------
say "installing pass-desktop $previous with apt (it resolves every dependency)"
apt_install /tmp/pass-desktop_previous.deb
in_root useradd --create-home alice
in_root install -d -o alice -m 0700 /tmp/alice-runtime
say "the user makes a demo store with the installed passctl"
as_alice passctl demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "passctl demo failed"; }
before=$(store_sum)
cases_before=$(as_alice passctl export cases --format csv | wc -l)
[ "$cases_before" -gt 100 ] || fail "the demo store has only $cases_before lines of case files"

say "upgrading to pass-desktop $version"
apt_install /tmp/pass-desktop_current.deb
[ "$(in_root dpkg-query -W -f='${Version}' pass-desktop)" = "$version" ] || fail "pass-desktop is not at $version after the upgrade"
[ "$(store_sum)" = "$before" ] || fail "the upgrade changed the user's store"
say "the store is unchanged by the upgrade ($((cases_before - 1)) case files)"

out=$(as_alice passctl --version)
[ "$out" = "passctl $version" ] || fail "passctl --version said '$out', expected 'passctl $version'"
say "passctl --version: $out"

window=$(as_alice timeout 120 pass-desktop --self-check 2>"$work/desktop.err") \
    || { cat "$work/desktop.err"; fail "pass-desktop --self-check failed: ${window:-no output}"; }
grep -q '^window shown [0-9]*x[0-9]* "PAsS Desktop"$' <<<"$window" || fail "pass-desktop: $window"
say "the installed pass-desktop over the demo store: $window"
cases_after=$(as_alice passctl export cases --format csv | wc -l)
[ "$cases_after" = "$cases_before" ] || fail "the store had $cases_before lines of case files, now $cases_after"

as_alice passctl --db /tmp/second.db demo >"$work/demo2.log" 2>&1 || { cat "$work/demo2.log"; fail "passctl demo on a new store failed"; }
as_alice passctl --db /tmp/second.db status >/dev/null || fail "passctl status failed"
say "passctl demo and passctl status work on a new store"

after=$(store_sum)
in_root apt-get remove -y -o Dpkg::Use-Pty=0 pass-desktop >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove pass-desktop failed"; }
[ ! -e "$root/usr/bin/pass-desktop" ] && [ ! -e "$root/usr/bin/passctl" ] || fail "the programs are still there after remove"
[ "$(store_sum)" = "$after" ] || fail "removing the package touched the user's store"
# dpkg, not apt: a removed local package without conffiles is unknown to apt.
in_root dpkg --purge pass-desktop >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "dpkg --purge pass-desktop failed"; }
[ "$(store_sum)" = "$after" ] || fail "purging the package touched the user's store"
say "apt-get remove and dpkg --purge left the user's store as it was"

# --- pass-portal ---------------------------------------------------------------------------------
# systemd itself (not running: there is no init in a chroot) so that the package's scripts
# enable the unit as on a real server and systemd-analyze can check the unit against it.
say "installing systemd in the root (not running), then pass-portal $previous with apt"
apt_install systemd
apt_install /tmp/pass-portal_previous.deb
[ "$(in_root systemctl is-enabled pass-portal.service)" = enabled ] || fail "the package did not enable pass-portal.service"
uid=$(in_root getent passwd pass-portal | cut -d: -f3)
[ -n "$uid" ] && [ "$uid" -lt 1000 ] || fail "no system user pass-portal (uid '$uid')"
[ "$(in_root stat -c '%U %a' /var/lib/pass-portal)" = "pass-portal 750" ] || fail "/var/lib/pass-portal is not pass-portal's, mode 750"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
       || echo $((20000 + RANDOM % 20000)))
public="http://aula-formazione.example:$port"
conf=$root/etc/pass-portal/pass-portal.conf
sed -i "s|^PASS_PORTAL_PORT=.*|PASS_PORTAL_PORT=$port|; s|^PASS_PORTAL_OPTIONS=.*|PASS_PORTAL_OPTIONS=--public-url $public|" "$conf"
echo 'password-of-anna' | in_root runuser -u pass-portal -- pass-portal --db /var/lib/pass-portal/portal.db \
    user add anna --role authority --authority 019035 >/dev/null || fail "pass-portal user add failed"

say "upgrading to pass-portal $version"
apt_install /tmp/pass-portal_current.deb
grep -q "^PASS_PORTAL_PORT=$port$" "$conf" || fail "the upgrade lost the administrator's setting"
in_root runuser -u pass-portal -- pass-portal --db /var/lib/pass-portal/portal.db token anna >/dev/null \
    || fail "the portal user added before the upgrade is gone"
say "the upgrade kept the settings and the portal store"

# Start it as the unit does (systemd does not run in a chroot): its EnvironmentFile read as
# systemd reads it (NAME=value lines, the value may hold spaces), its ExecStart expanded as
# systemd expands it (${NAME} is one argument, $NAME is split at spaces), as its User. The
# unit's other directives are checked by systemd-analyze below.
unit=$root/lib/systemd/system/pass-portal.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
env_file=$(sed -n 's/^EnvironmentFile=//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
[ "$user" = pass-portal ] || fail "the unit runs as '$user'"
declare -A unit_env=()
while IFS= read -r line; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    [[ "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || fail "$env_file: not NAME=value: $line"
    name=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
    [[ "$value" =~ ^\"(.*)\"$ ]] && value=${BASH_REMATCH[1]}
    unit_env[$name]=$value
done <"$root$env_file"
command_line=()
read -ra words <<<"$exec_start"
for word in "${words[@]}"; do
    if [[ "$word" =~ ^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$ ]]; then
        command_line+=("${unit_env[${BASH_REMATCH[1]}]-}")
    elif [[ "$word" =~ ^\$([A-Za-z_][A-Za-z0-9_]*)$ ]]; then
        read -ra split <<<"${unit_env[${BASH_REMATCH[1]}]-}"
        command_line+=("${split[@]}")
    else
        command_line+=("$word")
    fi
done
environment=()
for name in "${!unit_env[@]}"; do environment+=("$name=${unit_env[$name]}"); done
say "starting as $user: ${command_line[*]}"
# The shell writes its process id, then becomes the server (exec): that id is the server's.
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${environment[@]}" \
    runuser -u "$user" -- /bin/sh -c 'echo $$ >/tmp/pass-portal.pid; exec "$@"' sh "${command_line[@]}" \
    >"$work/portal.out" 2>"$work/portal.err" &
portal_job=$!
# Wait for the event: the server prints its URL once it listens (or exits on an error).
while ! grep -q '^http' "$work/portal.out"; do
    kill -0 "$portal_job" 2>/dev/null || { cat "$work/portal.err"; fail "pass-portal exited before listening"; }
    [ $((SECONDS - started)) -lt 600 ] || fail "pass-portal never said it listens"
    sleep 0.1
done
portal_pid=$(cat "$root/tmp/pass-portal.pid")
server_uid=$(awk '/^Uid:/ {print $2}' "/proc/$portal_pid/status")
[ "$server_uid" = "$uid" ] || fail "the server runs as uid $server_uid, not pass-portal ($uid)"
metadata=$(curl -fsS "http://127.0.0.1:$port/.well-known/oauth-authorization-server") || fail "no OAuth metadata on port $port"
grep -q "\"issuer\":\"$public\"" <<<"$metadata" || fail "metadata issuer is not $public: $metadata"
grep -q "\"token_endpoint\":\"$public/oauth/token\"" <<<"$metadata" || fail "token endpoint is not under $public: $metadata"
say "pass-portal answers as $public on port $port (metadata: ${#metadata} bytes)"
kill "$portal_pid"; wait "$portal_job" 2>/dev/null || true
! kill -0 "$portal_pid" 2>/dev/null || fail "pass-portal did not stop on SIGTERM"
portal_pid= portal_job=
say "pass-portal stopped"

# The unit against the systemd of Debian 12, as installed in the root (--man=no: no man-db).
if in_root systemd-analyze verify --man=no pass-portal.service >"$work/verify.log" 2>&1 && [ ! -s "$work/verify.log" ]; then
    say "systemd-analyze verify: no complaint about pass-portal.service"
else
    cat "$work/verify.log"
    fail "systemd-analyze verify complained about pass-portal.service"
fi

in_root apt-get remove -y -o Dpkg::Use-Pty=0 pass-portal >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove pass-portal failed"; }
[ ! -e "$root/usr/bin/pass-portal" ] || fail "pass-portal is still there after remove"
[ -s "$root/var/lib/pass-portal/portal.db" ] && [ -f "$conf" ] || fail "remove deleted the portal store or its settings"
in_root dpkg --purge pass-portal >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "dpkg --purge pass-portal failed"; }
[ ! -e "$root/var/lib/pass-portal" ] && [ ! -e "$root/etc/pass-portal" ] || fail "purge left /var/lib/pass-portal or /etc/pass-portal"
[ ! -e "$root/etc/systemd/system/multi-user.target.wants/pass-portal.service" ] || fail "purge left the unit enabled"
say "remove kept the portal store and settings; purge deleted them"

say "package install test passed in $((SECONDS - started)) s"
