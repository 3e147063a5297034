//! Text normalisation: tokens, aliases, stems. (Topic engine, issue #3.)
