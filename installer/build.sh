#!/usr/bin/env bash
# Builds the jpackage app image (always) and, with --native, the platform installer from it:
# a .deb on Linux, an MSI on Windows (Git Bash; needs WiX 3), a DMG on macOS.
# Called by `mvn -Pinstaller package` (exec-maven-plugin) with the project folder as the working directory.
# It clears its own output folders first, so it re-runs cleanly (jpackage refuses to overwrite).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="target/installer"
input="target/installer-input"
version="${TEXTMFA_VERSION:-0.1.0}"
version="${version%%-*}"          # jpackage wants digits only: 0.1.0-SNAPSHOT -> 0.1.0

case "$(uname -s)" in
  Linux*)               os=linux;   icon=installer/resources/TextMFA.png;  native=deb ;;
  Darwin*)              os=mac;     icon=installer/resources/TextMFA.icns; native=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon=installer/resources/TextMFA.ico;  native=msi ;;
  *) echo "Unsupported build OS: $(uname -s)" >&2; exit 1 ;;
esac
if [ "$os" = mac ] && [ "${version%%.*}" = 0 ]; then
  echo "jpackage on macOS rejects a version whose first number is 0 ($version); pass -Dinstaller.version=1.0.0" >&2
  exit 1
fi

rm -rf "$out" "$input"
mkdir -p "$out" "$input/lib"
cp target/textmfa.jar "$input/"
cp target/lib/*.jar "$input/lib/"

extra=()
if [ "$os" = windows ]; then
  # Windows launchers are either GUI or console; a second launcher gives the CLI its console.
  extra+=(--add-launcher "textmfa-cli=installer/windows-cli-launcher.properties")
fi
jpackage @installer/jpackage-app-image.args --input "$input" --dest "$out" \
  --icon "$icon" --app-version "$version" "${extra[@]}"
echo "App image: $out/TextMFA ($(du -sh "$out/TextMFA" | cut -f1))"

if [ "${1:-}" = "--native" ]; then
  app="$out/TextMFA"
  [ "$os" = mac ] && app="$out/TextMFA.app"
  jpackage "@installer/jpackage-$native.args" --app-image "$app" --dest "$out" \
    --icon "$icon" --resource-dir installer/resources --app-version "$version"
  ls -la "$out"/*."$native"
fi
