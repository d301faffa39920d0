package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's bindings in the order they were first made, with a journal of what the current
 * entry changed: the value each name had before its first change in the entry (or that it had
 * none). Undoing an interrupted entry and echoing an entry's new bindings then cost what the entry
 * touched, not the size of the session, so the 20000th REPL entry is as cheap as the first.
 */
public final class Bindings extends LinkedHashMap<String, Object> {
  private static final Object ABSENT = new Object();
  private final LinkedHashMap<String, Object> journal = new LinkedHashMap<>();
  private boolean recording;

  /** Starts an entry: forgets the previous entry's journal and records changes from now on. */
  public void begin() {
    journal.clear();
    recording = true;
  }

  /** Stops recording (the journal of the entry stays readable). */
  public void end() {
    recording = false;
  }

  @Override
  public Object put(String name, Object value) {
    if (recording && !journal.containsKey(name)) journal.put(name, containsKey(name) ? get(name) : ABSENT);
    return super.put(name, value);
  }

  @Override
  public void putAll(Map<? extends String, ?> m) {
    m.forEach(this::put);
  }

  /** Restores every name the entry changed to its value before the entry. */
  public void rollback() {
    recording = false;
    List<Map.Entry<String, Object>> changes = new ArrayList<>(journal.entrySet());
    for (int i = changes.size() - 1; i >= 0; i--) {
      Map.Entry<String, Object> c = changes.get(i);
      if (c.getValue() == ABSENT) super.remove(c.getKey());
      else super.put(c.getKey(), c.getValue());
    }
    journal.clear();
  }

  /** The names the last entry bound to a new value (not the same object as before), in the order first changed. */
  public List<String> changed() {
    List<String> out = new ArrayList<>();
    journal.forEach((name, before) -> {
      if (containsKey(name) && get(name) != before) out.add(name);
    });
    return out;
  }
}
