#!/usr/bin/env bash
# The macOS app and disk image, in one command (NOT YET TESTED: no Mac was at hand).
# On macOS 11+ with Python 3.11+ (python.org installer) and the Xcode command-line tools
# (xcode-select --install), from the project folder:
#
#   installers/macos/build.sh
#
# It makes .venv, installs Shelter Desk with the `dist` extra, builds
# "dist/Shelter Desk.app" with PyInstaller (the spec's BUNDLE step), runs the app's
# --self-test, and writes dist/shelter-desk-VERSION-macos-ARCH.dmg with hdiutil. The app is
# signed ad hoc only (PyInstaller's default): not notarised, so the first opening needs
# right-click > Open (or System Settings > Privacy & Security > Open Anyway).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dist]'

app="dist/Shelter Desk.app"
rm -rf "$app" dist/shelter-desk build/pyinstaller build/dmg
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist \
    --workpath build/pyinstaller installers/shelter-desk.spec
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/shelter-desk" --self-test

version=$(.venv/bin/python -c 'import shelter_desk; print(shelter_desk.__version__)')
dmg="dist/shelter-desk-$version-macos-$(uname -m).dmg"
mkdir -p build/dmg
cp -R "$app" build/dmg/
ln -s /Applications build/dmg/Applications  # drag the app onto it to install
rm -f "$dmg"
hdiutil create -volname "Shelter Desk $version" -srcfolder build/dmg -fs HFS+ \
    -format UDZO -ov "$dmg"
echo "App: $(du -sh "$app" | cut -f1)  Disk image: $dmg ($(du -h "$dmg" | cut -f1))"
