# Keycloak for the local stack: the keycloak-quarkus-dist zip from Maven Central, unpacked under
# deploy/run/keycloak, started in dev mode with the cajaga realm imported (skipped when it exists).

KEYCLOAK_VERSION=26.7.3

# keycloak_home ROOT: prints the unpacked distribution's folder, unpacking it first when missing.
keycloak_home() {
  local root=$1 home="$1/deploy/run/keycloak/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    "$root/mvnw" -q -B -f "$root/pom.xml" -N dependency:unpack \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -Dmdep.overWriteReleases=true -DoutputDirectory="$root/deploy/run/keycloak" >&2
  fi
  mkdir -p "$home/data/import"
  cp "$root/deploy/keycloak/cajaga-realm.json" "$home/data/import/"
  echo "$home"
}

# keycloak_ready URL: succeeds when the cajaga realm answers.
keycloak_ready() {
  curl -fs "$1/realms/cajaga/.well-known/openid-configuration" >/dev/null
}

