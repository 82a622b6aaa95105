package org.cruxmap.server.generate;

import java.util.Random;

/**
 * Seeded prose in the vocabulary of the coherence-and-agency debate: claim titles, crux questions,
 * evidence findings, source sentences, names. Plain words, commas and full stops only, so the
 * Argdown and YAML around them need no escaping; a few accented letters keep code points honest.
 */
final class Prose {
    static final String[] SUBJECTS = {
        "coherence", "goal-directed behaviour", "a capable agent", "the variance share", "model size",
        "long-horizon planning", "reward hacking", "the money-pump argument", "expected-utility maximization",
        "targeted post-training", "the hot mess result", "an agentic harness", "a scaled transformer",
        "selection pressure", "incoherent failure", "systematic bias", "a country of geniuses",
        "the survey of entities", "reasoning length", "ensembling", "misspecified reward", "optimization pressure",
        "a dominated strategy", "the completeness axiom", "behaviourist wanting", "task length",
        "a frontier model", "training on long tasks", "the coherence theorem", "an industrial accident"};
    static final String[] VERBS = {
        "grows with", "does not imply", "predicts", "undermines", "tracks", "depends on", "rules out",
        "is compatible with", "outpaces", "follows from", "weakens", "is driven by", "survives", "masks",
        "amplifies", "is orthogonal to"};
    static final String[] VERB_BASE = {
        "grow with", "imply", "predict", "undermine", "track", "depend on", "rule out", "fit with",
        "outpace", "follow from", "weaken", "come from", "survive", "mask", "amplify"};
    static final String[] QUALIFIERS = {
        "at scale", "in current transformers", "over long horizons", "under strong optimization",
        "for most real tasks", "in the survey data", "once tasks take weeks", "after reinforcement learning",
        "in small models", "for superhuman systems", "when actions cannot be undone", "in the benchmark runs",
        "across model sizes", "in deployed agents", "on hard problems", "in expectation"};
    static final String[] FINDINGS = {"A benchmark", "A survey", "An ablation", "A replication", "A field study",
        "A scaling sweep", "A case study", "A red-team exercise", "A controlled experiment", "A forecast"};
    static final String[] CONNECTIVES = {"Moreover", "However", "In practice", "By contrast", "Still", "Crucially",
        "On this reading", "Taken together", "At first sight", "In the authors’ view"};
    static final String[] TAGS = {"scaling", "theory", "empirical", "forecasting", "decision", "training",
        "agency", "measurement", "timelines", "risk"};
    static final String[] SOURCE_KINDS = {"paper", "post", "comment", "talk", "preprint", "review"};
    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "z", "br", "ch", "kr", "sh", "th", "st"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ä", "é", "ö", "ai", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "k", "th", "m"};

    private Prose() {}

    static String pick(Random r, String[] words) { return words[r.nextInt(words.length)]; }

    /** A word from the list with a skew toward its start, as real vocabularies have. */
    static String skewed(Random r, String[] words) {
        double u = r.nextDouble();
        return words[(int) (words.length * u * u)];
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A short claim: subject, verb, object. */
    static String claimTitle(Random r) { return capital(clause(r)); }

    /** Subject, verb, object, the object other than the subject. */
    static String clause(Random r) {
        String a = skewed(r, SUBJECTS);
        String b = skewed(r, SUBJECTS);
        while (b.equals(a)) b = pick(r, SUBJECTS);
        return a + " " + pick(r, VERBS) + " " + b;
    }

    /** A crux question. */
    static String cruxTitle(Random r) {
        String a = skewed(r, SUBJECTS);
        String b = skewed(r, SUBJECTS);
        while (b.equals(a)) b = pick(r, SUBJECTS);
        return "Does " + a + " really " + pick(r, VERB_BASE) + " " + b + " " + pick(r, QUALIFIERS) + "?";
    }

    /** An evidence title: a finding. */
    static String evidenceTitle(Random r) {
        return pick(r, FINDINGS) + " finds that " + clause(r);
    }

    /** One sentence of 10-24 words. */
    static String sentence(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(3) == 0) b.append(pick(r, CONNECTIVES)).append(", ");
        b.append(clause(r)).append(' ').append(pick(r, QUALIFIERS));
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            b.append(i == 0 ? ", and " : ", while ").append(clause(r));
        }
        return capital(b.toString()) + ".";
    }

    /** A paragraph of sentences. */
    static String paragraph(Random r, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) b.append(' ');
            b.append(sentence(r));
        }
        return b.toString();
    }

    /** The name in plain ASCII letters, for ids. */
    static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A person's name: two or three syllables each for the given and the family name. */
    static String name(Random r) {
        return capital(word(r, 2 + r.nextInt(2))) + " " + capital(word(r, 2 + r.nextInt(2)));
    }

    /** A source title. */
    static String sourceTitle(Random r) {
        return capital(pick(r, new String[] {"notes on", "against", "in defence of", "revisiting", "what we learn from",
            "a reply on", "measuring"})) + " " + skewed(r, SUBJECTS) + " and " + skewed(r, SUBJECTS);
    }

    private static String word(Random r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) b.append(pick(r, ONSETS)).append(pick(r, VOWELS));
        return b.append(pick(r, CODAS)).toString();
    }
}
