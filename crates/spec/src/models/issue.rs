//! Issues and what the issues page answers with.
