package io.github.quotable.pipeline;

import com.google.common.collect.ImmutableList;
import io.github.quotable.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speakers of a result in order of first quotation, each listed once: a speaker equal to
 * one already listed (same name, kind, roles and mentions) is not listed again, as a set of
 * records would have it. It compares the components itself, so that the first article of a run
 * does not pay for bootstrapping the records' generated hashCode and equals (invokedynamic), and
 * no record is hashed over all of its mentions.
 */
final class DistinctSpeakers {
  private final List<Speaker> list = new ArrayList<>();
  private final Map<String, List<Speaker>> byName = new HashMap<>();

  void add(Speaker s) {
    List<Speaker> sameName = byName.get(s.name());
    if (sameName == null) {
      sameName = new ArrayList<>(1);
      byName.put(s.name(), sameName);
    }
    for (Speaker other : sameName) {
      if (equal(s, other)) {
        return;
      }
    }
    sameName.add(s);
    list.add(s);
  }

  ImmutableList<Speaker> list() {
    return ImmutableList.copyOf(list);
  }

  /** Speaker.equals: every component equal. */
  private static boolean equal(Speaker a, Speaker b) {
    return a == b || a.name().equals(b.name()) && a.kind() == b.kind()
        && a.named() == b.named() && a.roles().equals(b.roles())
        && a.mentions().equals(b.mentions());
  }
}
