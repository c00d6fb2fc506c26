package io.github.gridgov.kafka;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for tests: one KRaft node (broker and controller) from the {@code
 * kafka_2.13} artifact, formatted with {@code kafka.tools.StorageTool} and run as {@code
 * kafka.Kafka} in a child JVM with a 512 MB heap on free ports of 127.0.0.1. {@link #close()} stops
 * it and deletes its files.
 */
final class LocalKafka implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final Process process;

  private LocalKafka(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Starts a broker and waits until it answers (at most 90 s). */
  static LocalKafka start() throws Exception {
    Path dir = Files.createTempDirectory("gridgov-kafka");
    int port = freePort();
    int controller = freePort();
    Path props = dir.resolve("server.properties");
    Files.writeString(
        props,
        String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false")
            + "\n",
        StandardCharsets.UTF_8);
    Process format =
        java(
            dir,
            "format.log",
            "kafka.tools.StorageTool",
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            props.toString());
    if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
      throw new IllegalStateException(
          "Cannot format the broker's storage: " + Files.readString(dir.resolve("format.log")));
    }
    Process broker = java(dir, "broker.log", "kafka.Kafka", props.toString());
    LocalKafka k = new LocalKafka(dir, port, broker);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try (Admin admin = k.admin()) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return k;
      } catch (Exception e) {
        if (!broker.isAlive() || System.nanoTime() > deadline) {
          k.close();
          throw new IllegalStateException("The broker did not start", e);
        }
        Thread.sleep(500);
      }
    }
  }

  /** A child JVM on this JVM's class path running {@code main} with {@code args}, output to {@code log}. */
  static Process java(Path dir, String log, String main, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                classPath(),
                main));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(log).toFile())
        .start();
  }

  /** This JVM's class path, or, under a plugin that loads classes itself (exec:java), that loader's URLs. */
  static String classPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader instanceof java.net.URLClassLoader uRLClassLoader
        && uRLClassLoader.getURLs().length > 0) {
      List<String> parts = new ArrayList<>();
      for (java.net.URL u : uRLClassLoader.getURLs()) {
        try {
          parts.add(Path.of(u.toURI()).toString());
        } catch (java.net.URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
      return String.join(File.pathSeparator, parts);
    }
    return System.getProperty("java.class.path");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  String bootstrap() {
    return "127.0.0.1:" + port;
  }

  Path dir() {
    return dir;
  }

  Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
  }

  void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin = admin()) {
      List<NewTopic> topics = new ArrayList<>();
      for (String n : names) {
        topics.add(new NewTopic(n, partitions, (short) 1).configs(Map.of("retention.ms", "-1")));
      }
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    Path logs = Files.createDirectories(Path.of("target", "it-logs"));
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".log"))::iterator) {
        Files.copy(
            f, logs.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    delete(dir.toFile());
  }

  static void delete(File f) {
    File[] children = f.listFiles();
    if (children != null) {
      for (File c : children) {
        delete(c);
      }
    }
    f.delete();
  }

  /** Properties of a Streams instance against this broker. */
  static Properties streams(String bootstrap, String appId, Path stateDir) {
    Properties p = new Properties();
    p.put("application.id", appId);
    p.put("bootstrap.servers", bootstrap);
    p.put("state.dir", stateDir.toString());
    p.put("replication.factor", 1);
    p.put("consumer.session.timeout.ms", 6_000);
    p.put("consumer.heartbeat.interval.ms", 1_000);
    p.put("num.stream.threads", 1);
    p.put("commit.interval.ms", 100);
    // no global state here; set as Kafka 5.0 will have it, so that Kafka 4.4 does not warn at every
    // start
    p.put("processing.exception.handler.global.enabled", true);
    return GovernanceTopology.exactlyOnce(p);
  }

  static Duration sinceNanos(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
