#!/usr/bin/env bash
# Builds the Teams app package deployment/teams/out/SocialeBasisBot.zip from manifest.json and the two icons.
#
#   deployment/teams/build-package.sh <MicrosoftAppId> <BotHost>
#   MicrosoftAppId=... BotHost=... deployment/teams/build-package.sh
#
# MicrosoftAppId: the Entra app (client) id of the Azure Bot resource, a GUID.
# BotHost:        the public host name that serves https://<BotHost>/api/messages (no scheme, no path).
# PACKAGE_OUT_DIR=<folder> writes the zip there instead of deployment/teams/out.
# PACKAGE_ZIPPER=python3 forces the python3 zipfile fallback (used when `zip` is not installed).
# The zip holds manifest.json, its English strings (en.json, named in localizationInfo), color.png and outline.png at
# its root, as Teams expects. Upload it in Teams
# (Apps > Manage your apps > Upload an app) or in the Teams admin center.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${1:-${MicrosoftAppId:-}}"
bot_host="${2:-${BotHost:-}}"

if [[ -z "$app_id" || -z "$bot_host" ]]; then
  echo "Gebruik / usage: $0 <MicrosoftAppId> <BotHost>   (of de omgevingsvariabelen MicrosoftAppId en BotHost)" >&2
  exit 2
fi
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "MicrosoftAppId '$app_id' is geen GUID (verwacht: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)." >&2
  exit 2
fi
if ! [[ "$bot_host" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]]; then
  echo "BotHost '$bot_host' is geen hostnaam (alleen de naam, zonder https:// of pad, bijv. bot.example.org)." >&2
  exit 2
fi

out="${PACKAGE_OUT_DIR:-$here/out}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Both values were checked above to hold no characters that sed treats specially.
sed -e "s/{{MicrosoftAppId}}/$app_id/g" -e "s/{{BotHost}}/$bot_host/g" "$here/manifest.json" > "$staging/manifest.json"
if grep -q '{{' "$staging/manifest.json"; then
  echo "manifest.json still has a placeholder after substitution:" >&2
  grep -n '{{' "$staging/manifest.json" >&2
  exit 1
fi
cp "$here/en.json" "$here/color.png" "$here/outline.png" "$staging/"

rm -f "$out/SocialeBasisBot.zip"
if [[ "${PACKAGE_ZIPPER:-zip}" == zip ]] && command -v zip >/dev/null 2>&1; then
  (cd "$staging" && zip -q -X "$out/SocialeBasisBot.zip" manifest.json en.json color.png outline.png)
else
  python3 - "$staging" "$out/SocialeBasisBot.zip" <<'PY'
import os, sys, zipfile
staging, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "en.json", "color.png", "outline.png"):
        z.write(os.path.join(staging, name), name)
PY
fi
echo "$out/SocialeBasisBot.zip"
