#!/bin/sh
# Builds the packages from a configured and built tree, unpacks the Debian
# package into a temporary root (no installation, no root rights) and runs
# the installed programs from there: the CLI's version, a new store made,
# described and verified by the installed CLI, and the GUI's version.
#
#   installer/check-package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G "DEB;TGZ" -B "$work/out" > "$work/cpack.log") || {
    cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/plateledger_*.deb)
tgz=$(ls "$work"/out/plateledger_*.tar.gz)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$tgz")"

# The package's metadata: its dependencies name the libraries and the data.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libopencv tesseract-ocr-eng opencv-data libsqlcipher libsodium; do
    case "$depends" in
    *"$needed"*) ;;
    *) echo "the package does not depend on $needed" >&2; exit 1 ;;
    esac
done

root="$work/root"
dpkg -x "$deb" "$root"
for file in usr/bin/plateledger usr/bin/plateledger-cli \
    usr/share/applications/io.github.plateledger.PlateLedger.desktop \
    usr/share/metainfo/io.github.plateledger.PlateLedger.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/plateledger.svg; do
    [ -e "$root/$file" ] || { echo "missing from the package: $file" >&2; exit 1; }
done
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net \
        "$root/usr/share/metainfo/io.github.plateledger.PlateLedger.metainfo.xml"
fi
tar -tzf "$tgz" | grep -q "bin/plateledger-cli$" || {
    echo "the .tar.gz lacks bin/plateledger-cli" >&2; exit 1; }

cli="$root/usr/bin/plateledger-cli"
"$cli" --version
store="$work/station.plstore"
export PLATELEDGER_PASSWORD='Package-Check-42!x'
"$cli" --store "$store" init --admin chief > "$work/init.log" 2>&1 || {
    cat "$work/init.log"; exit 1; }
"$cli" --store "$store" --user chief info 2> /dev/null
"$cli" --store "$store" --user chief audit verify 2> /dev/null
QT_QPA_PLATFORM=offscreen "$root/usr/bin/plateledger" --version
echo "package check passed"
