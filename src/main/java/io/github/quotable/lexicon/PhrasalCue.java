package io.github.quotable.lexicon;

import java.util.List;

/**
 * A cue made of a verb form and fixed words after it, which the verb alone is not: "made it
 * clear", "makes the point", "took issue" ("made a profit" is no cue).
 *
 * @param verbForm the verb form, lower case
 * @param tail the fixed words after the verb, lower case
 * @param verb the entry of the whole expression, with its frames
 * @param form the inflection of the verb form
 */
public record PhrasalCue(String verbForm, List<String> tail, CueVerb verb, CueForm form) {}
