//! The topic index: topics, similarity, alignment. (Topic engine, issue #3.)
