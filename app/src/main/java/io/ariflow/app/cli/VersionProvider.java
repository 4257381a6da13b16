package io.ariflow.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never hard-coded twice. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"ariflow " + (v == null ? "development build" : v)};
  }
}
