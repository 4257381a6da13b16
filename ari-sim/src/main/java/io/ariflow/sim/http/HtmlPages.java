package io.ariflow.sim.http;

/** The HTML error pages of Asterisk's HTTP server, byte for byte as in the traces. */
public final class HtmlPages {

  private HtmlPages() {}

  public static String notFound() {
    return page("404 Not Found", "Not Found", "The requested URL was not found on this server.");
  }

  public static String upgradeRequired() {
    return page("426 Upgrade Required", "Upgrade Required", "This resource only accepts WebSocket connections.");
  }

  public static String missingApp() {
    return page("400 Bad Request", "Bad Request", "HTTP request is missing param: [app]");
  }

  private static String page(String title, String heading, String text) {
    return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n<title>" + title
        + "</title>\r\n</head><body>\r\n<h1>" + heading + "</h1>\r\n<p>" + text
        + "</p>\r\n<hr />\r\n<address>Asterisk</address>\r\n</body></html>\r\n";
  }
}
