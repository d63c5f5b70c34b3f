#!/usr/bin/env bash
# Builds veldwerk for Linux from this checkout, into dist/:
#   - the frozen folder (PyInstaller, packaging/veldwerk.spec; reused when this content was
#     built before: packaging/frozen.py),
#   - veldwerk-VERSION-linux-MACHINE.tar.gz of it (unpacks to veldwerk/, with share/ inside),
#   - veldwerk_VERSION_ARCH.deb, installing into /opt/veldwerk, with the desktop entry, the icon
#     in the hicolor sizes and the AppStream metadata, checked by desktop-file-validate and
#     appstreamcli.
# With --smoke it then runs the frozen app's smoke test (tests/packaging/test_frozen_smoke.py)
# on the program the .deb installs. The Debian tools it needs are installed when missing and
# we may (root with apt-get, as in CI), the way scripts/test.sh installs PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    *) echo "usage: scripts/package.sh [--smoke]" >&2; exit 2 ;;
  esac
done
started=$(date +%s)
MAX_FOLDER_MB=220
MAX_TAR_MB=100

# --- Debian tools and the libraries Qt's X11 plugin needs (so that PyInstaller bundles them)
need=()
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
           libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0; do
  ldconfig -p 2>/dev/null | grep -q "${lib%%:*}" || need+=("${lib##*:}")
done
if [ "$smoke" = 1 ]; then command -v Xvfb >/dev/null 2>&1 || need+=(xvfb); fi
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages: ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null
  else
    echo "scripts/package.sh needs these Debian packages: ${need[*]}" >&2
    exit 1
  fi
fi

# --- the environments: .venv (translations; pytest for --smoke) and a build environment of its
# own with only veldwerk and PyInstaller, so nothing of the test tools is frozen
if [ "$smoke" = 1 ]; then bash scripts/setup.sh test; else bash scripts/setup.sh app; fi
PKG=build/venv-package
if [ ! -x "$PKG/bin/python" ]; then
  "$(.venv/bin/python -c 'import sys; print(sys._base_executable)')" -m venv "$PKG"
fi
hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$PKG/.veldwerk-package" 2>/dev/null || true)" != "$hash" ]; then
  "$PKG/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[package]"
  echo "$hash" > "$PKG/.veldwerk-package"
fi
PY="$PKG/bin/python"

# --- the frozen folder
build_started=$(date +%s)
folder="$($PY packaging/frozen.py build)"
build_seconds=$(( $(date +%s) - build_started ))
[ -x "$folder/veldwerk" ] || { echo "no frozen program in $folder" >&2; exit 1; }
place="$(dirname "$(dirname "$folder")")"  # build/frozen-KEY
version="$($PY -c 'import veldwerk; print(veldwerk.version())')"
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"

# Every library the program loads must be in the folder or come with the system the .deb
# depends on: a missing one is how the demo once exited at once.
system_libs='^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libxcb|libwayland-client|libwayland-cursor|libwayland-egl|ld-linux[-a-z0-9_]*)\.so'
missing="$(
  export LD_LIBRARY_PATH="$folder/_internal:$folder/_internal/PySide6/Qt/lib"
  find "$folder" -type f \( -name '*.so*' -o -name veldwerk \) -print0 \
    | xargs -0 -n 50 ldd 2>/dev/null | awk '/not found/ {print $1}' | sort -u \
    | grep -Ev "$system_libs" || true
)"
if [ -n "$missing" ]; then
  echo "libraries neither in the frozen folder nor in the .deb's dependencies: $missing" >&2
  exit 1
fi
glibc="$(find "$folder" -type f \( -name '*.so*' -o -name veldwerk \) -print0 \
  | xargs -0 -n 50 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -Vu | tail -1)"
glibc="${glibc#GLIBC_}"

# --- what a desktop needs: desktop entry, icons, AppStream metadata (release from CHANGELOG.md)
stage="$place/package"
rm -rf "$stage"
root="$stage/deb"
share="$root/usr/share"
mkdir -p "$root/opt" "$root/usr/bin" "$share/applications" "$share/metainfo" "$share/doc/veldwerk"
cp -a "$folder" "$root/opt/veldwerk"
ln -s /opt/veldwerk/veldwerk "$root/usr/bin/veldwerk"
cp packaging/linux/nl.veldwerk.Veldwerk.desktop "$share/applications/"
release="$(grep -m1 -E '^## \[[0-9]' CHANGELOG.md)"
release_version="$(sed -E 's/^## \[([^]]+)\].*/\1/' <<<"$release")"
release_date="$(grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' <<<"$release")"
if [ "$release_version" != "$version" ]; then
  echo "CHANGELOG.md's first release is $release_version, the package is $version" >&2
  exit 1
fi
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$release_date/" \
  packaging/linux/nl.veldwerk.Veldwerk.metainfo.xml > "$share/metainfo/nl.veldwerk.Veldwerk.metainfo.xml"
mkdir -p "$share/icons"
cp -r "$place/icons/hicolor" "$share/icons/hicolor"
cp CHANGELOG.md "$share/doc/veldwerk/changelog"
gzip -9n "$share/doc/veldwerk/changelog"
cat > "$share/doc/veldwerk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: veldwerk

Files: *
License: EUPL-1.2

Files: opt/veldwerk/_internal/veldwerk/resources/fonts/*
License: Bitstream-Vera and public domain (see LICENSE-DejaVu.txt beside the fonts)

Files: opt/veldwerk/_internal/PySide6/* opt/veldwerk/_internal/shiboken6/*
License: LGPL-3.0 (Qt for Python and Qt)
EOF
desktop-file-validate "$share/applications/nl.veldwerk.Veldwerk.desktop"
appstreamcli validate --no-net --pedantic "$share/metainfo/nl.veldwerk.Veldwerk.metainfo.xml" \
  | grep -v '^P: .*cid-contains-uppercase-letter' || true
appstreamcli validate --no-net "$share/metainfo/nl.veldwerk.Veldwerk.metainfo.xml" >/dev/null
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$share/icons/hicolor/${size}x${size}/apps/nl.veldwerk.Veldwerk.png" ] \
    || { echo "icon ${size}x${size} missing" >&2; exit 1; }
done

# --- the .tar.gz: the folder, with share/ inside it for a hand install
mkdir -p dist
tarball="dist/veldwerk-$version-linux-$machine.tar.gz"
epoch="$(date -d "$release_date" +%s)"
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  -C "$root/opt" -cf - veldwerk -C "$root/usr" share/applications share/icons share/metainfo \
  --transform='s,^share/,veldwerk/share/,' | gzip -6n > "$tarball"

# --- the .deb
installed_kib="$(du -sk "$root" | cut -f1)"
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<EOF
Package: veldwerk
Version: $version
Architecture: $arch
Maintainer: The veldwerk developers <veldwerk@localhost>
Installed-Size: $installed_kib
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1
Recommends: libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, fonts-dejavu-core
Section: misc
Priority: optional
Homepage: https://veldwerk.invalid/
Description: encrypted, offline case records for the first 1000 days
 veldwerk helps case directors (casusregisseurs) record a family's journey, its
 fixed contact person and backup, its network and the barriers and enablers met
 along the way. Everything is stored encrypted on the laptop and works without a
 network. Installed into /opt/veldwerk; the command is /usr/bin/veldwerk.
EOF
deb="dist/veldwerk_${version}_${arch}.deb"
# zstd: 5 s here against 115 s for xz (68 MB against 56 MB); every dpkg that can run this
# build (glibc >= 2.36) reads it. VELDWERK_DEB_COMPRESSION="-Zxz -z6" for older tools.
# shellcheck disable=SC2086
SOURCE_DATE_EPOCH="$epoch" dpkg-deb --root-owner-group ${VELDWERK_DEB_COMPRESSION:--Zzstd -z9} \
  --build "$root" "$deb" >/dev/null
rm -rf "$root/DEBIAN"

# The .deb holds what it must, and what it installs runs
contents="$(dpkg-deb --contents "$deb")"
for path in ./opt/veldwerk/veldwerk ./usr/bin/veldwerk \
            ./usr/share/applications/nl.veldwerk.Veldwerk.desktop \
            ./usr/share/metainfo/nl.veldwerk.Veldwerk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/nl.veldwerk.Veldwerk.svg \
            ./opt/veldwerk/_internal/veldwerk/resources/fonts/LICENSE-DejaVu.txt \
            ./opt/veldwerk/_internal/veldwerk/store/migrations/versions/0001_case_model.py; do
  grep -qF " $path" <<<"$contents" || { echo "$deb lacks $path" >&2; exit 1; }
done
unpacked="$stage/unpacked"
dpkg-deb -x "$deb" "$unpacked"
"$unpacked/opt/veldwerk/veldwerk" --version >/dev/null

# MB = 10^6 bytes (apparent sizes), as benchmarks/bench_package.py counts them
folder_mb=$(( $(du -sb "$folder" | cut -f1) / 1000000 ))
tar_mb=$(( $(stat -c %s "$tarball") / 1000000 ))
deb_mb=$(( $(stat -c %s "$deb") / 1000000 ))
echo "veldwerk $version for Linux ($arch, glibc >= $glibc), in $(( $(date +%s) - started )) s (frozen build: $build_seconds s):"
echo "  frozen folder  $folder  $folder_mb MB (budget $MAX_FOLDER_MB MB)"
echo "  archive        $tarball  $tar_mb MB (budget $MAX_TAR_MB MB)"
echo "  Debian package $deb  $deb_mb MB"
if [ "$folder_mb" -gt "$MAX_FOLDER_MB" ] || [ "$tar_mb" -gt "$MAX_TAR_MB" ]; then
  echo "over budget" >&2
  exit 1
fi

if [ "$smoke" = 1 ]; then
  smoke_started=$(date +%s)
  VELDWERK_FROZEN_APP="$unpacked/opt/veldwerk" QT_QPA_PLATFORM=offscreen \
    .venv/bin/python -m pytest -p no:cacheprovider -q tests/packaging/test_frozen_smoke.py
  echo "frozen smoke test: $(( $(date +%s) - smoke_started )) s"
fi
