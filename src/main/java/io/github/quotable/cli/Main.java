package io.github.quotable.cli;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.QuoteExtractor;
import io.github.quotable.QuoteKind;
import io.github.quotable.Quotation;
import io.github.quotable.Speaker;
import io.github.quotable.json.Confidence;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: readable quotations, or JSON files in the scorer's schema. Exit status 0
 * when every input was read, 1 when some could not be (each named on standard error), 2 for a
 * bad command line. It never prints a stack trace for bad input, never writes over an input,
 * and writes each output file whole or not at all.
 */
public final class Main {
  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
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
    QuoteExtractor.Builder b = QuoteExtractor.builder().minConfidence(a.minConfidence);
    QuoteKind[] kinds = a.kinds.toArray(new QuoteKind[0]);
    b.kinds(kinds[0], java.util.Arrays.copyOfRange(kinds, 1, kinds.length));
    QuoteExtractor extractor = b.build();
    Inputs inputs = new Inputs(err);
    List<Path> files = new ArrayList<>();
    boolean stdin = false;
    for (String in : a.inputs) {
      if (in.equals("-")) {
        stdin = true;
      } else {
        files.addAll(inputs.expand(Path.of(in)));
      }
    }
    if (a.out != null && !inputs.prepareOutput(a.out, files)) {
      return inputs.failed() ? 1 : 2;
    }
    if (stdin) {
      String text = inputs.readStdin(System.in);
      if (text != null) {
        ArticleQuotes r = extractor.extract(text);
        out.print(a.json ? r.toJson() : readable(r));
      }
    }
    for (Path f : files) {
      String text = inputs.read(f);
      if (text == null) {
        continue;
      }
      ArticleQuotes r = extractor.extract(text);
      if (a.out != null) {
        inputs.writeJson(a.out, f, r.toJson());
      } else if (a.json) {
        out.print(r.toJson());
      } else {
        if (files.size() > 1 || stdin) {
          out.println("== " + f);
        }
        out.print(readable(r));
      }
    }
    out.flush();
    return inputs.failed() ? 1 : 0;
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
