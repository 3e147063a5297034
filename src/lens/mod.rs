//! The framing lens: what each outlet says differently (issue #5).
