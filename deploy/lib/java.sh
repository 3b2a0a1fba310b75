# Shared by deploy/run.sh and bench/run.sh: what the JVM that runs the services can do.

# java_has_aot_cache JAVA: succeeds when that java records and maps AOT caches (JDK 25 and later).
java_has_aot_cache() { "$1" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache '; }
