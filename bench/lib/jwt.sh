# Signs bench-only RS256 tokens with a key made for the run; services under bench verify them with
# quarkus.oidc.public-key, exactly as they verify Keycloak's (issuer, audience, expiry, roles).

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# jwt_keys DIR: creates DIR/key.pem and prints the public key as base64 DER (quarkus.oidc.public-key).
jwt_keys() {
  openssl genrsa -out "$1/key.pem" 2048 2>/dev/null
  openssl rsa -in "$1/key.pem" -pubout -outform DER 2>/dev/null | openssl base64 -A
}

# jwt_sign KEY ISSUER SUBJECT ROLES_JSON [EXTRA_CLAIMS_JSON_FRAGMENT]
jwt_sign() {
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","preferred_username":"%s","upn":"%s","aud":"cajaga-api","azp":"bench","iat":%d,"exp":%d,"realm_access":{"roles":%s}%s}' \
    "$2" "$3" "$3" "$3" "$now" "$((now + 7200))" "$4" "${5:+,$5}" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$1" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
