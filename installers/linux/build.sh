#!/usr/bin/env bash
# `make dist` (Linux): the one-folder bundle, a .tar.gz and a .deb in dist/, then the
# bundle's own --self-test. PYTHON is the project venv's python, with the `dist` extra.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
HERE=installers/linux

for tool in objdump readelf strip ldconfig dpkg dpkg-deb; do
    command -v "$tool" >/dev/null || {
        echo "make dist needs $tool: sudo apt-get install binutils dpkg"; exit 1; }
done
started=$(date +%s)
version=$("$PYTHON" -c 'import shelter_desk; print(shelter_desk.__version__)')
arch=$(dpkg --print-architecture)
bundle=dist/shelter-desk
tarball=dist/shelter-desk-$version-linux-$(uname -m).tar.gz
deb=dist/shelter-desk_${version}_$arch.deb

echo "== PyInstaller: $bundle"
rm -rf "$bundle" build/pyinstaller build/deb "$tarball" "$deb"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller installers/shelter-desk.spec

echo "== self-test of the bundle"
QT_QPA_PLATFORM=offscreen "$bundle/shelter-desk" --self-test

echo "== $tarball"
tar -C dist -czf "$tarball" shelter-desk

echo "== $deb"
root=build/deb/root
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
    "$root/usr/share/doc/shelter-desk"
cp -a "$bundle" "$root/opt/shelter-desk"
ln -s /opt/shelter-desk/shelter-desk "$root/usr/bin/shelter-desk"
install -m 644 "$HERE/shelter-desk.desktop" "$root/usr/share/applications/"
install -m 644 resources/icons/shelter-desk.png "$root/usr/share/icons/hicolor/256x256/apps/"
install -m 644 resources/icons/shelter-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/"
cat > "$root/usr/share/doc/shelter-desk/copyright" <<COPYRIGHT
Shelter Desk $version: AGPL-3.0-or-later.
It bundles Python, Qt and Qt for Python (LGPL-3.0, dynamically linked: the libraries in
/opt/shelter-desk/_internal/PySide6/Qt/lib may be replaced) and other libraries.
Every component's licence: /opt/shelter-desk/_internal/licenses/ (components.json).
COPYRIGHT
depends=$(python3 "$HERE/deb_depends.py" "$bundle")
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_size/" "$HERE/control.in" > "$root/DEBIAN/control"
# zstd: 6 s here for 52 MB, where xz took 110 s for 43 MB (dpkg >= 1.21.18 reads it).
dpkg-deb --root-owner-group -Zzstd -z9 --build "$root" "$deb" >/dev/null

echo "== done in $(( $(date +%s) - started )) s"
printf '%-48s %s\n' "bundle (unpacked) $bundle/" "$(du -sh "$bundle" | cut -f1)" \
    "$tarball" "$(du -h "$tarball" | cut -f1)" "$deb" "$(du -h "$deb" | cut -f1)"
