package org.cruxmap.ingest.argdown;

import java.util.List;

/** Something a relation can join: a statement (equivalence class), an argument, or an inference. */
sealed interface RelationEnd permits StatementClass, ArgumentNode, Inference {
    /** The relations this end takes part in. */
    List<Relation> relations();
}
