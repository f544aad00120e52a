#!/usr/bin/env bash
# The QGIS version matrix: runs `make test` (or another make target) from a clean clone of this
# repository inside Debian roots of newer releases, each with its own QGIS:
#   trixie  → QGIS 3.40 LTR (Debian 13)      forky → QGIS 3.44 (Debian testing)
# The host itself (bookworm, QGIS 3.22) is covered by the plain `make test`.
#
#   scripts/matrix.sh                 build what is missing, then make test in every root
#   scripts/matrix.sh trixie          one release only
#   MATRIX_TARGET=test scripts/matrix.sh    (default: test demo; demo must write report.pdf)
#   scripts/matrix.sh --build-only    only build (or refresh) the cached roots
#
# Roots are cached outside the repository (CARBON_CLUSTERS_ROOTS, default
# /var/cache/carbon-clusters/roots), so only a new machine pays for debootstrap and QGIS.
# A root is rebuilt when the list of Debian packages the project installs changes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
roots=${CARBON_CLUSTERS_ROOTS:-/var/cache/carbon-clusters/roots}
target=${MATRIX_TARGET:-test demo}
build_only=false
suites=()
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=true ;;
    -*) echo "matrix: unknown option $arg" >&2; exit 2 ;;
    *) suites+=("$arg") ;;
  esac
done
[ ${#suites[@]} -gt 0 ] || suites=(trixie forky)

[ "$(id -u)" -eq 0 ] || { echo "matrix: debootstrap and chroot need root" >&2; exit 1; }

log() { printf '[matrix %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# The Debian mirror the machine's own apt sources already use.
debian_mirror() {
  local uri
  uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
          /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | grep -oE 'https?://[^ ]+/debian/?' | grep -v security | head -n1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

ensure_host_tools() {
  local missing=()
  for tool in debootstrap git; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

debootstrap_script() {
  # bookworm's debootstrap knows no forky: testing and sid share one script.
  local suite=$1
  if [ -e "/usr/share/debootstrap/scripts/$suite" ]; then echo "$suite"; else echo sid; fi
}

mounted=()
mount_root() {
  local root=$1
  for fs in proc sys dev; do
    mountpoint -q "$root/$fs" || { mount --rbind "/$fs" "$root/$fs"; mount --make-rslave "$root/$fs"; mounted+=("$root/$fs"); }
  done
  mkdir -p "$root/dev/shm"
  mountpoint -q "$root/dev/shm" || { mount -t tmpfs shm "$root/dev/shm"; mounted+=("$root/dev/shm"); }
  # The machine's local wheel folders and package indexes that its pip configuration names.
  for dir in /opt/wheels /opt/pypi /opt/pypi-more; do
    if [ -d "$dir" ]; then
      mkdir -p "$root$dir"
      mountpoint -q "$root$dir" || { mount --bind -o ro "$dir" "$root$dir" 2>/dev/null || mount --bind "$dir" "$root$dir"; mounted+=("$root$dir"); }
    fi
  done
}

unmount_all() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT

copy_host_network_config() {
  local root=$1
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  # The machine's certificate authorities (its own CAs included) and pip configuration.
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
  fi
  mkdir -p "$root/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-ca-bundle.crt"
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
  if [ -d /etc/xdg/pip ]; then mkdir -p "$root/etc/xdg"; rm -rf "$root/etc/xdg/pip"; cp -r /etc/xdg/pip "$root/etc/xdg/pip"; fi
  if [ -f "$HOME/.config/pip/pip.conf" ]; then
    mkdir -p "$root/root/.config/pip"; cp "$HOME/.config/pip/pip.conf" "$root/root/.config/pip/pip.conf"
  fi
  cp -r /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/" 2>/dev/null || true
  printf 'Acquire::Check-Valid-Until "false";\n' > "$root/etc/apt/apt.conf.d/99matrix-valid-until"
}

in_root() {
  local root=$1; shift
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    PIP_CERT=/etc/ssl/certs/ca-certificates.crt SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
    REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt PIP_DEFAULT_TIMEOUT=180 \
    "$@"
}

packages_stamp() { sha256sum "$repo/scripts/install_system_packages.sh" | cut -c1-16; }

build_root() {
  local suite=$1 root=$roots/$1 stamp
  stamp=$(packages_stamp)
  if [ -f "$root/.matrix-ready" ] && [ "$(cat "$root/.matrix-ready")" = "$stamp" ]; then
    log "$suite: cached root $root"
    return 0
  fi
  if [ ! -f "$root/.debootstrap-done" ]; then
    log "$suite: debootstrap from $(debian_mirror) into $root"
    rm -rf "$root"; mkdir -p "$root"
    debootstrap --variant=minbase --components=main \
      --include=ca-certificates,git,make,sudo,procps \
      "$suite" "$root" "$(debian_mirror)" "/usr/share/debootstrap/scripts/$(debootstrap_script "$suite")" \
      > "$roots/$suite-debootstrap.log" 2>&1 \
      || { tail -n 30 "$roots/$suite-debootstrap.log" >&2; return 1; }
    touch "$root/.debootstrap-done"
  fi
  copy_host_network_config "$root"
  printf 'deb %s %s main\n' "$(debian_mirror)" "$suite" > "$root/etc/apt/sources.list"
  rm -f "$root"/etc/apt/sources.list.d/*
  mount_root "$root"
  in_root "$root" update-ca-certificates >/dev/null 2>&1 || true
  log "$suite: installing the project's Debian packages"
  in_root "$root" apt-get -o Acquire::Check-Valid-Until=false update -q > "$roots/$suite-apt.log" 2>&1
  mkdir -p "$root/tmp/matrix"
  cp "$repo/scripts/install_system_packages.sh" "$root/tmp/matrix/"
  in_root "$root" bash /tmp/matrix/install_system_packages.sh >> "$roots/$suite-apt.log" 2>&1 \
    || { tail -n 30 "$roots/$suite-apt.log" >&2; unmount_all; return 1; }
  in_root "$root" apt-get clean
  unmount_all
  echo "$stamp" > "$root/.matrix-ready"
  log "$suite: root ready ($(chroot "$root" dpkg-query -W -f='${Version}' qgis 2>/dev/null || echo '?'))"
}

run_suite() {
  local suite=$1 root=$roots/$1 status=0
  rm -rf "$root/src"
  git clone -q "$repo" "$root/src"
  # Uncommitted work is tested too when the matrix runs from a developer's tree.
  if [ -n "$(git -C "$repo" status --porcelain)" ] && [ "${MATRIX_COMMITTED_ONLY:-}" != 1 ]; then
    (cd "$repo" && git ls-files -m -o --exclude-standard -z) \
      | (cd "$repo" && xargs -0 -r cp --parents -t "$root/src" 2>/dev/null) || true
  fi
  mount_root "$root"
  log "$suite: make $target (QGIS $(chroot "$root" dpkg-query -W -f='${Version}' qgis))"
  in_root "$root" bash -c "cd /src && CI=${CI:-} make $target && {
      [[ ' $target ' != *' demo '* ]] || test -s out/demo/report.pdf \
        || { echo 'make demo wrote no out/demo/report.pdf'; exit 1; }; }" \
    2>&1 | sed -u "s/^/[$suite] /" || status=$?
  unmount_all
  return "$status"
}

mkdir -p "$roots"
ensure_host_tools
failed=()
for suite in "${suites[@]}"; do
  build_root "$suite" || { failed+=("$suite (root)"); continue; }
  $build_only && continue
  run_suite "$suite" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "all passed: ${suites[*]}"
