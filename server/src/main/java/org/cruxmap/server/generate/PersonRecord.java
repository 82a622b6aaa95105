package org.cruxmap.server.generate;

/** A generated person: their id (the Argdown person id), name and epistemic status. */
record PersonRecord(String id, String name, String status) {}
