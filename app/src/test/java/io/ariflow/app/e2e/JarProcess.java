package io.ariflow.app.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/** The built {@code ariflow.jar} run as a user runs it: a separate JVM, its output collected line by line. */
final class JarProcess implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private JarProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::collect, "jar-output");
    reader.setDaemon(true);
    reader.start();
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("ariflow.jar", "target/ariflow.jar"));
    Assertions.assertTrue(Files.isRegularFile(jar), "build the jar first (mvn package): " + jar);
    return jar;
  }

  static JarProcess start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("ARIFLOW_"));
    builder.environment().putAll(env);
    return new JarProcess(builder.start());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void collect() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("(output closed: " + e.getMessage() + ")");
    }
  }

  /** Waits until a line contains {@code text}; fails with the whole output otherwise. */
  String awaitLine(String text, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : lines) {
        if (line.contains(text)) {
          return line;
        }
      }
      Thread.sleep(50);
    }
    return Assertions.fail("no line containing '" + text + "' within " + limit + "; output:\n" + output());
  }

  int awaitExit(Duration limit) throws InterruptedException {
    Assertions.assertTrue(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS),
        "the process did not exit within " + limit + "; output:\n" + output());
    return process.exitValue();
  }

  String output() {
    return String.join("\n", lines);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
