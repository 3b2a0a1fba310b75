# Where a JVM's CPU goes: JFR execution samples summed by what they were doing (CAJAGA_BENCH_PROFILE).

# jfr_record JCMD PID FILE COMMAND...: records PID with JFR's "profile" settings, Java stacks sampled every
# millisecond instead of ten, while COMMAND runs.
jfr_record() {
  local jcmd=$1 pid=$2 file=$3 settings
  shift 3
  settings=$(dirname "$file")/profile-1ms.jfc
  sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">1 ms<|' \
    "$(dirname "$(dirname "$jcmd")")/lib/jfr/profile.jfc" > "$settings"
  "$jcmd" "$pid" JFR.start name=bench settings="$settings" filename="$file" >/dev/null
  "$@"
  "$jcmd" "$pid" JFR.stop name=bench >/dev/null
}

# jfr_shares JFR FILE: markdown tables of the samples' shares by concern, each sample given to the innermost
# frame of its stack that belongs to a known concern (JDK code counts for its caller's concern; the router's
# handlers call the next one, so an outer frame would count everything after it), and the 25 hottest top frames.
jfr_shares() {
  "$1" print --events jdk.ExecutionSample --stack-depth 256 "$2" | awk '
    function concern(frame) {
      if (frame ~ /^(org\.jose4j|io\.smallrye\.jwt)/) return "token parsing and signature (jose4j)"
      if (frame ~ /^io\.quarkus\.oidc/) return "quarkus-oidc (tenant, mechanism, identity)"
      if (frame ~ /^io\.quarkus\.(vertx\.http\.runtime\.security|security)\./) return "HTTP security chain"
      if (frame ~ /^io\.smallrye\.(mutiny|context)/) return "Mutiny and context propagation"
      if (frame ~ /CORSFilter/) return "CORS"
      if (frame ~ /^org\.cajaga\.gateway\.ratelimit/) return "rate limits"
      if (frame ~ /^org\.cajaga\.gateway\.(security|limits|problem)/) return "gateway checks (token shape, limits, request id)"
      if (frame ~ /^(io\.opentelemetry|io\.quarkus\.opentelemetry)/) return "tracing (OpenTelemetry)"
      if (frame ~ /^(io\.micrometer|org\.cajaga\.gateway\.routing\.RouteMetrics)/) return "metrics"
      if (frame ~ /^io\.vertx\.httpproxy/) return "proxy (vertx-http-proxy)"
      if (frame ~ /^io\.vertx\.core\.http\.impl\.(Http1xClient|HttpClient|ClientHttp)|^io\.vertx\.core\.net\.impl\.pool/) return "upstream HTTP client"
      if (frame ~ /^io\.vertx\.core\.http\.impl\.(Http1xServer|HttpServer|ServerHttp)/) return "HTTP server (Vert.x)"
      if (frame ~ /^io\.vertx\.ext\.web\./) return "router (vertx-web)"
      if (frame ~ /^io\.netty\.handler\.codec\.http/) return "HTTP codec (Netty)"
      if (frame ~ /^(sun\.nio\.ch|io\.netty\.channel\.socket\.nio)/) return "socket I/O"
      return ""
    }
    function flush() {
      if (!inside) return
      total++
      shares[owner == "" ? "other (JDK, Netty, Vert.x core, Quarkus HTTP)" : owner]++
      if (top != "") tops[top]++
      inside = 0; top = ""; owner = ""
    }
    /^jdk\.ExecutionSample/ { flush(); inside = 1; depth = 0; next }
    inside && /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\(.*line:/ {
      frame = $1
      sub(/\(.*/, "", frame)
      if (depth++ == 0) top = frame
      if (owner == "") owner = concern(frame)
    }
    END {
      flush()
      print "N\t" total
      for (c in shares) printf "C\t%s\t%.1f\n", c, 100 * shares[c] / total
      for (t in tops) printf "T\t%s\t%.1f\n", t, 100 * tops[t] / total
    }' > "$2.shares"
  echo "$(awk -F'\t' '$1 == "N" {print $2}' "$2.shares") samples."
  echo
  echo "| concern (innermost known frame) | share of samples |"
  echo "|---|---|"
  awk -F'\t' '$1 == "C"' "$2.shares" | sort -t$'\t' -k3 -nr | awk -F'\t' '{printf "| %s | %s %% |\n", $2, $3}'
  echo
  echo "| hottest top frames | share of samples |"
  echo "|---|---|"
  awk -F'\t' '$1 == "T"' "$2.shares" | sort -t$'\t' -k3 -nr | head -25 | awk -F'\t' '{printf "| `%s` | %s %% |\n", $2, $3}'
}
