# One image recipe for each runnable module: docker build --build-arg MODULE=api|worker|sandbox .
FROM eclipse-temurin:21-jdk AS build
ARG MODULE
# The schema module starts an embedded PostgreSQL to generate jOOQ classes; PostgreSQL refuses root.
RUN useradd --create-home builder
USER builder
WORKDIR /home/builder/src
COPY --chown=builder . .
RUN ./mvnw -B -ntp -pl ${MODULE} -am package -DskipTests -Dspotless.check.skip=true \
 && cp ${MODULE}/target/boxoffice-${MODULE}-*-exec.jar /home/builder/app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system boxoffice
USER boxoffice
COPY --from=build /home/builder/app.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
