#!/usr/bin/env bash
# Installs the Debian packages Carbon Clusters needs (QGIS, PyQGIS and the scientific Python stack
# whose numpy QGIS's GDAL bindings were built against), but only those that are missing.
# Extra package names may be given as arguments (make bench adds grass-core).
set -euo pipefail

packages=(
  qgis python3-qgis qgis-providers
  python3-numpy python3-pandas python3-scipy python3-sklearn python3-rasterio python3-matplotlib
  python3-numba python3-pyproj python3-shapely
  python3-pip python3-venv python3-pytest
  xvfb xauth zip fonts-noto-cjk
  pyqt5-dev-tools qttools5-dev-tools
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "${missing[@]}"
