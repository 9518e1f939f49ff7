package io.github.quotable.cli;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import io.github.quotable.Quotation;
import io.github.quotable.Speaker;
import io.github.quotable.json.Confidence;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The command line: readable quotations, or JSON files in the scorer's schema. Exit status 0
 * when every input was read, 1 when some could not be (each named on standard error), 2 for a
 * bad command line. It never prints a stack trace for bad input, never writes over an input,
 * and writes each output file whole or not at all.
 */
public final class Main {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  /** Enough to keep both cores of a small machine busy; more buys little for short texts. */
  private static final int MAX_THREADS = 4;

  Main(PrintStream out, PrintStream err) {
    this(System.in, out, err);
  }

  Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  int run(String[] args) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (Arguments.UsageException e) {
      err.println("quotable: " + e.getMessage());
      return 2;
    }
    if (a.help) {
      out.println(Arguments.USAGE);
      return 0;
    }
    FutureTask<QuoteExtractor> building = building(a);
    Inputs inputs = new Inputs(err);
    List<Path> files = new ArrayList<>();
    boolean stdin = false;
    for (String name : a.inputs) {
      if (name.equals("-")) {
        stdin = true;
      } else {
        try {
          files.addAll(inputs.expand(Path.of(name)));
        } catch (InvalidPathException e) {
          inputs.reject(name, "not a valid path: " + e.getReason());
        }
      }
    }
    if (a.out != null && !inputs.prepareOutput(a.out, files)) {
      return inputs.failed() ? 1 : 2;
    }
    QuoteExtractor extractor = Batch.await(building); // what building it threw is thrown
    if (stdin) {
      String text = inputs.readStdin(in);
      ArticleQuotes r = text == null ? null : extract(extractor, text, "standard input", inputs);
      if (r != null) {
        out.print(a.json ? r.toJson() : readable(r));
      }
    }
    boolean named = files.size() > 1 || stdin;
    boolean[] failed = {inputs.failed()};
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    // anonymous classes, not lambdas: no lambda bootstrap before the first printed line
    Batch.run(files, threads, new Function<Path, Outcome>() {
      @Override
      public Outcome apply(Path f) {
        return process(f, a, extractor, named);
      }
    }, new Consumer<Outcome>() {
      @Override
      public void accept(Outcome o) {
        err.print(o.err());
        out.print(o.out());
        failed[0] |= o.failed();
      }
    });
    out.flush();
    return failed[0] ? 1 : 0;
  }

  /**
   * Builds the extractor on a thread of its own, started now: reading the lexicons takes as
   * long at start-up as listing the inputs and checking the outputs, which go on meanwhile.
   */
  private static FutureTask<QuoteExtractor> building(Arguments a) {
    FutureTask<QuoteExtractor> task = new FutureTask<>(new Callable<QuoteExtractor>() {
      @Override
      public QuoteExtractor call() {
        return QuoteExtractor.builder().minConfidence(a.minConfidence).kinds(a.kinds).build();
      }
    });
    Thread t = new Thread(task, "quotable-lexicon");
    t.setDaemon(true);
    t.start();
    return task;
  }

  /** What one input gave: text for standard output and for standard error. */
  private record Outcome(String out, String err, boolean failed) {}

  /**
   * Reads, extracts and writes one input on whichever thread runs it; what it prints is kept
   * and printed in input order by {@link #run}.
   */
  private static Outcome process(Path f, Arguments a, QuoteExtractor extractor, boolean named) {
    Inputs inputs = Inputs.keepingMessages();
    String text = inputs.read(f);
    ArticleQuotes r = text == null ? null : extract(extractor, text, f.toString(), inputs);
    String printed = "";
    if (r != null) {
      if (a.out != null) {
        inputs.writeJson(a.out, f, r.toJson());
      } else if (a.json) {
        printed = r.toJson();
      } else {
        printed = (named ? "== " + f + System.lineSeparator() : "") + readable(r);
      }
    }
    return new Outcome(printed, inputs.messages(), inputs.failed());
  }

  /**
   * The quotations of one input, or null (named on standard error, as one line) if the
   * extractor fails: the library promises it never does, but the command line still never
   * answers bad input with a stack trace.
   */
  private static ArticleQuotes extract(QuoteExtractor extractor, String text, String name,
      Inputs inputs) {
    try {
      return extractor.extract(text);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      inputs.reject(name, "could not be processed (" + e.getClass().getSimpleName()
          + "); please report it with the input");
      return null;
    }
  }

  static String readable(ArticleQuotes r) {
    // plain code, no lambdas or Formatter: this is what a first run prints first
    StringBuilder sb = new StringBuilder();
    for (Quotation q : r.quotations()) {
      sb.append(q.type()).append(q.kind() == QuoteKind.SPEECH ? "" : " (" + q.kind() + ")")
          .append("  ").append(q.content().text().replace('\n', ' ')).append('\n');
      Speaker speaker = q.speaker().orElse(null);
      sb.append("    speaker: ").append(speaker == null ? "(unknown)" : speaker.name());
      if (speaker != null && !speaker.roles().isEmpty()) {
        sb.append(" ").append(speaker.roles());
      }
      if (q.cue().isPresent()) {
        sb.append("   cue: ").append(q.cue().get().text());
      }
      if (q.addressee().isPresent()) {
        sb.append("   to: ").append(q.addressee().get().text());
      }
      if (q.medium().isPresent()) {
        sb.append("   ").append(q.medium().get().text());
      }
      sb.append("   (").append(Confidence.format(q.confidence())).append(')')
          .append(System.lineSeparator());
    }
    return sb.toString();
  }
}
