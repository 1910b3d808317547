#!/usr/bin/env bash
# Regenerates src/main/resources/io/labforge/app/THIRD-PARTY.txt (the licence list of the About dialog)
# from the runtime dependencies' poms, with license-maven-plugin. Run after adding or upgrading a dependency.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp org.codehaus.mojo:license-maven-plugin:2.5.0:add-third-party \
  -Dlicense.outputDirectory=src/main/resources/io/labforge/app \
  -Dlicense.thirdPartyFilename=THIRD-PARTY.txt \
  -Dlicense.excludedScopes=test,provided,system
echo "wrote src/main/resources/io/labforge/app/THIRD-PARTY.txt"
