# Shared by deploy/run.sh and bench/run.sh: what the JVM that runs the services can do.

# java_has_aot_cache JAVA: succeeds when that java records and maps AOT caches (JDK 25 and later).
java_has_aot_cache() { "$1" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache '; }

# The options every service JVM runs with (deploy/README.md says why); bench/run.sh gives its
# baseline proxy the same, so that it runs as the gateway does. vertx.disableURIValidation: Quarkus
# would answer an address java.net.URI refuses with an empty 400; service-support's EdgeProblems checks
# it instead and answers a problem.
service_jvm_options=(-XX:+UseSerialGC -Xms16m -Xmx512m -XX:ReservedCodeCacheSize=64m -Dvertx.disableURIValidation=true)

# service_jar SERVICE: the jar that starts it; its path also finds the running process (pgrep -f).
service_jar() { echo "$1/target/quarkus-app/quarkus-run.jar"; }
