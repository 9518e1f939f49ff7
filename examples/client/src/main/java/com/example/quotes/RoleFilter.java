package com.example.quotes;

import io.github.quotable.ArticleQuotes;
import io.github.quotable.Quotation;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * User code built on Quotable: keeps the quotations of speakers whom the article gives a role
 * containing a word ("minister" keeps "Finance Minister Rosa Almeida", not "administrator").
 */
public final class RoleFilter implements Predicate<Quotation> {
  private final Pattern word;

  /**
   * A filter for one role word.
   *
   * @param roleWord a word of the role, in any case, such as "minister" or "spokesman"
   * @throws IllegalArgumentException if the word is blank
   */
  public RoleFilter(String roleWord) {
    if (roleWord == null || roleWord.isBlank()) {
      throw new IllegalArgumentException("give a role word such as \"minister\"");
    }
    this.word = Pattern.compile("\\b" + Pattern.quote(roleWord.strip().toLowerCase(Locale.ROOT))
        + "\\b");
  }

  /**
   * Tells whether the quotation's speaker has a role with the word.
   *
   * @param q a quotation
   * @return false too when the quotation has no speaker
   */
  @Override
  public boolean test(Quotation q) {
    return q.speaker().stream().flatMap(s -> s.roles().stream())
        .anyMatch(role -> word.matcher(role.toLowerCase(Locale.ROOT)).find());
  }

  /**
   * The quotations of a result that pass the filter.
   *
   * @param result what Quotable found in an article
   * @return the matching quotations, in text order
   */
  public List<Quotation> keep(ArticleQuotes result) {
    return result.quotations().stream().filter(this).toList();
  }
}
