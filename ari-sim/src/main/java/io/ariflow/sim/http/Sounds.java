package io.ariflow.sim.http;

import io.ariflow.sim.core.AriError;
import io.ariflow.sim.core.SimCore;
import io.ariflow.sim.sounds.SoundCatalog;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The Sound objects of {@code /sounds}: id and one {language, format} pair per installed format. */
final class Sounds {

  private Sounds() {}

  static JsonArray list(SimCore core, String lang, String format) {
    JsonArray all = new JsonArray();
    for (SoundCatalog.Sound s : core.options().sounds().all()) {
      if ((lang == null || lang.equals(s.language())) && (format == null || s.formats().contains(format))) {
        all.add(json(s, format));
      }
    }
    return all;
  }

  static JsonObject get(SimCore core, String id) {
    SoundCatalog.Sound s = core.options().sounds().find(id, "en");
    if (s == null || !s.id().equals(id)) {
      throw AriError.notFound("Sound not found");
    }
    return json(s, null);
  }

  private static JsonObject json(SoundCatalog.Sound s, String onlyFormat) {
    JsonArray formats = new JsonArray();
    for (String f : s.formats()) {
      if (onlyFormat == null || onlyFormat.equals(f)) {
        formats.add(new JsonObject().put("language", s.language()).put("format", f));
      }
    }
    return new JsonObject().put("id", s.id()).put("formats", formats);
  }
}
