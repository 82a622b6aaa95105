package org.cruxmap.server.generate;

/** A generated source: id, title, author's person id, date, kind, status, address, and its full text. */
record SourceRecord(String id, String title, String authorId, String date, String kind, String status, String address,
                    String fullText) {}
