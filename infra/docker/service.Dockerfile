# syntax=docker/dockerfile:1
# Image of one Shixian service from the executable jar Maven built. Build context: the repository root.
#
#   ./mvnw -pl services/deadline-service,services/alerting-service -am package -DskipTests
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=deadline-service \
#                -t shixian/deadline-service:0.1.0-SNAPSHOT .
#
# (infra/compose.yaml does the same with `docker compose -f infra/compose.yaml build`.)
# The jar is split into Spring Boot's layers so a code change rebuilds only the last, small layer.

ARG JRE_IMAGE=eclipse-temurin:21-jre

FROM ${JRE_IMAGE} AS layers
ARG SERVICE
WORKDIR /build
COPY services/${SERVICE}/target/${SERVICE}-*-exec.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM ${JRE_IMAGE}
ARG SERVICE
LABEL org.opencontainers.image.title="shixian-${SERVICE}" \
      org.opencontainers.image.description="Shixian (时限) ${SERVICE}"
RUN groupadd --system shixian && useradd --system --gid shixian --home-dir /app shixian
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER shixian
# the heap follows the container's memory limit; an OutOfMemoryError ends the process so it is restarted
# The throughput collector: the services work through bursts a batch at a time, where a pause of a
# few tens of milliseconds costs nothing, and G1's write barriers cost the deadline-service's intake
# about 15 % of its CPU (docs/benchmarks.md).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
