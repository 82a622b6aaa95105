package org.cruxmap.server.generate;

/** A crux assertion of a crux: the statement it bears on, for whom (null: anyone), and whether it is a crux for them. */
record CruxFor(String targetTitle, String agentId, boolean isCrux) {}
