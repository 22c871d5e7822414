# syntax=docker/dockerfile:1

# Build stage: the production jar. Vaadin's prebuilt frontend bundle is used, so no Node or npm.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps Maven and its downloads between builds (BuildKit, the default in Compose v2).
RUN --mount=type=cache,target=/root/.m2 \
    sh ./mvnw -B -Pproduction -DskipTests package \
 && cp target/chungtay-*.jar /src/chungtay.jar

# Runtime stage: a JRE and the jar, run as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 chungtay \
 && useradd --system --uid 10001 --gid chungtay --home-dir /app --shell /usr/sbin/nologin chungtay \
 && mkdir -p /app \
 && chown chungtay:chungtay /app
WORKDIR /app
COPY --from=build --chown=chungtay:chungtay /src/chungtay.jar /app/chungtay.jar
USER chungtay
# Let the heap grow to 75 % of the container's memory (the JVM's own default is 25 %).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# The Ubuntu-based eclipse-temurin images include curl. A DOWN status answers 503, which fails -f.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health/readiness" || exit 1
# Without DB_URL the portal refuses to start (DD010); `docker run -e CHUNGTAY_DEMO=true` asks for the demo.
# Exec form: java is PID 1 and receives SIGTERM, so the portal shuts down gracefully.
ENTRYPOINT ["java","-jar","/app/chungtay.jar"]
