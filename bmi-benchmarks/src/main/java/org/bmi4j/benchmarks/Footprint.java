package org.bmi4j.benchmarks;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Supplier;
import org.openjdk.jol.info.GraphLayout;

/**
 * 5. Retained bytes per fresh instance, measured with JOL: the bytes reachable from two fresh
 * instances less those reachable from one. Whatever instances share (the definition, configuration,
 * builder or factory, the clock, the initial context) is counted once and so drops out; what is
 * left is what each further instance costs.
 */
public final class Footprint {
  static {
    // records and lambdas hide their field offsets from Unsafe on JDK 17; JOL then finds them
    System.setProperty("jol.magicFieldOffset", "true");
  }

  private Footprint() {}

  /** The retained bytes per instance of each library, in the table's order. */
  public record Bytes(long bmi4j, long stateless4j, long squirrel, long spring) {}

  /** Measures every library. */
  public static Bytes measure() {
    // JOL prints its warnings on standard output, where the report goes: send them to stderr
    PrintStream out = System.out;
    System.setOut(System.err);
    try {
      return measureEach();
    } finally {
      System.setOut(out);
    }
  }

  private static Bytes measureEach() {
    Clock clock = Clock.systemUTC();
    Peers.Stateless4j stateless4j = new Peers.Stateless4j();
    Peers.Squirrel squirrel = new Peers.Squirrel();
    Peers.Spring spring = new Peers.Spring();
    return new Bytes(
        perInstance(() -> Bmi4jMachine.DEFINITION.start(Bmi4jMachine.PROJECT, clock)),
        perInstance(() -> Stateless4jMachine.create(stateless4j.config, stateless4j.unhandled)),
        perInstance(() -> SquirrelMachine.create(squirrel.builder)),
        perInstance(() -> SpringMachine.create(spring.factory)));
  }

  /**
   * Returns the bytes an instance retains per step of its history: the graph of an instance after
   * {@code 2 * steps} accepted events less that of one after {@code steps}, divided by {@code
   * steps}. The event object is shared, as an application's would be when it repeats, and so drops
   * out with everything else both instances hold.
   */
  public static double perHistoryStep(int steps) {
    PrintStream out = System.out;
    System.setOut(System.err);
    try {
      Clock clock = Clock.systemUTC();
      var shorter = Bmi4jMachine.advanced(steps, clock);
      var longer = Bmi4jMachine.advanced(2 * steps, clock);
      return (double)
              (GraphLayout.parseInstance(longer).totalSize()
                  - GraphLayout.parseInstance(shorter).totalSize())
          / steps;
    } finally {
      System.setOut(out);
    }
  }

  /** Returns the bytes one more instance from {@code fresh} retains beyond the first. */
  public static long perInstance(Supplier<?> fresh) {
    Object first = fresh.get();
    Object second = fresh.get();
    return GraphLayout.parseInstance(first, second).totalSize()
        - GraphLayout.parseInstance(first).totalSize();
  }
}
