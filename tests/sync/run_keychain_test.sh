#!/bin/sh
# Runs a keychain test in a private D-Bus session with a private HOME, so that it never touches
# the developer's own keychain and never reaches an unlock prompt.
#   available: gnome-keyring unlocked with a throw-away password
#   locked:    gnome-keyring running, its collection never unlocked
#   none:      a D-Bus session without any Secret Service
# Arguments after the binary go to it (e.g. the Qt Test functions to run).
set -eu
mode=$1
bin=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/home" "$tmp/xdg"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/xdg" XDG_DATA_HOME="$tmp/home/.local/share"
export PASS_KEYCHAIN_EXPECTED="$mode" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY || true
case "$mode" in
available)
    dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" "$@"' "$bin" "$@" ;;
locked)
    dbus-run-session -- sh -c 'gnome-keyring-daemon --start --components=secrets >/dev/null; exec "$0" "$@"' "$bin" "$@" ;;
none)
    # A session bus with no service directories: nothing can be activated as a Secret Service.
    cat >"$tmp/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=$tmp</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
CONF
    dbus-run-session --config-file="$tmp/bus.conf" -- "$bin" "$@" ;;
*)
    echo "unknown mode $mode" >&2; exit 2 ;;
esac
